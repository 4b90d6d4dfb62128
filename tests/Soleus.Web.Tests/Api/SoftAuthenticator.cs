using System.Buffers.Binary;
using System.Buffers.Text;
using System.Formats.Cbor;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Soleus.Web.Tests.Api;

/// <summary>
/// A passkey authenticator in software, for the API tests: one P-256 key, answering navigator.credentials.create and
/// .get the way a browser would send them (WebAuthn's JSON, "none" attestation, user present and verified), from the
/// given origin. The browser tests use Chromium's virtual authenticator instead.
/// </summary>
internal sealed class SoftAuthenticator(string rpId = "localhost") : IDisposable
{
    private readonly ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly byte[] credentialId = RandomNumberGenerator.GetBytes(16);
    private byte[] userHandle = [];
    private uint signCount;

    /// <summary>The page's origin, as the browser writes it into the client data.</summary>
    public string Origin { get; set; } = "https://localhost";

    /// <summary>A new credential for the options of POST /api/passkeys/options, as the browser's toJSON() gives it.</summary>
    public JsonObject Create(JsonNode options)
    {
        ArgumentNullException.ThrowIfNull(options);
        userHandle = Base64Url.DecodeFromChars(options["user"]!["id"]!.GetValue<string>());
        var point = key.ExportParameters(false).Q;
        var cose = new CborWriter();
        cose.WriteStartMap(5);
        cose.WriteInt32(1); cose.WriteInt32(2);      // kty: EC2
        cose.WriteInt32(3); cose.WriteInt32(-7);     // alg: ES256
        cose.WriteInt32(-1); cose.WriteInt32(1);     // crv: P-256
        cose.WriteInt32(-2); cose.WriteByteString(point.X!);
        cose.WriteInt32(-3); cose.WriteByteString(point.Y!);
        cose.WriteEndMap();
        var length = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)credentialId.Length);
        var authData = (byte[])[.. AuthData(0x45), .. new byte[16], .. length, .. credentialId, .. cose.Encode()];
        var attestation = new CborWriter();
        attestation.WriteStartMap(3);
        attestation.WriteTextString("fmt"); attestation.WriteTextString("none");
        attestation.WriteTextString("attStmt"); attestation.WriteStartMap(0); attestation.WriteEndMap();
        attestation.WriteTextString("authData"); attestation.WriteByteString(authData);
        attestation.WriteEndMap();
        return Credential(new JsonObject
        {
            ["attestationObject"] = Base64Url.EncodeToString(attestation.Encode()),
            ["clientDataJSON"] = Base64Url.EncodeToString(ClientData("webauthn.create", options)),
            ["transports"] = new JsonArray("internal"),
        });
    }

    /// <summary>A signed answer to the options of POST /api/passkeys/sign-in/options.</summary>
    public JsonObject Get(JsonNode options)
    {
        signCount++;
        var authData = AuthData(0x05);
        var clientData = ClientData("webauthn.get", options);
        var signature = key.SignData([.. authData, .. SHA256.HashData(clientData)], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return Credential(new JsonObject
        {
            ["authenticatorData"] = Base64Url.EncodeToString(authData),
            ["clientDataJSON"] = Base64Url.EncodeToString(clientData),
            ["signature"] = Base64Url.EncodeToString(signature),
            ["userHandle"] = Base64Url.EncodeToString(userHandle),
        });
    }

    public void Dispose() => key.Dispose();

    /// <summary>The relying party's hash, the flags (user present 0x01, verified 0x04, credential data 0x40) and the counter.</summary>
    private byte[] AuthData(byte flags)
    {
        var counter = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(counter, signCount);
        return [.. SHA256.HashData(Encoding.UTF8.GetBytes(rpId)), flags, .. counter];
    }

    private byte[] ClientData(string type, JsonNode options) => Encoding.UTF8.GetBytes(new JsonObject
    {
        ["type"] = type,
        ["challenge"] = options["challenge"]!.GetValue<string>(),
        ["origin"] = Origin,
        ["crossOrigin"] = false,
    }.ToJsonString());

    private JsonObject Credential(JsonObject response) => new()
    {
        ["id"] = Base64Url.EncodeToString(credentialId),
        ["rawId"] = Base64Url.EncodeToString(credentialId),
        ["type"] = "public-key",
        ["response"] = response,
        ["clientExtensionResults"] = new JsonObject(),
    };
}
