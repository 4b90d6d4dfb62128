using QRCoder;

namespace Soleus.Web.Pages;

/// <summary>
/// A QR code as a PNG data address, which the page's image shows under the Content-Security-Policy (img-src allows
/// data:) with no script or style. A code exists in plain text only while its page is made, so it is drawn there.
/// </summary>
public static class LinkQr
{
    public static string DataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        using var png = new PngByteQRCode(data);
        return "data:image/png;base64," + Convert.ToBase64String(png.GetGraphic(8));
    }
}
