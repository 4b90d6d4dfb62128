# The wrk scripts load.sh and proxy.sh share, sourced by both. Cookies come as the inside of a Lua table:
# "__Host-soleus=…","__Host-soleus=…",

# session_json CLIENT-ID DAY: a session of 18 minutes on the left calf on that day of November 2026.
session_json() {
  printf '{"clientId":"%s","startedAt":"2026-11-%02dT07:00:00Z","endedAt":"2026-11-%02dT07:18:00Z","legs":["left"],"ratings":[{"leg":"left","tightnessBefore":6,"painBefore":2,"tightnessAfter":3,"painAfter":1}],"tenderSpots":[{"leg":"left","zone":"mid","lane":"centre"}]}' "$1" "$2" "$2"
}

# reads_lua FILE COOKIES: GETs rotating over the signed-in people.
reads_lua() {
  cat >"$1" <<LUA
local cookies = {$2}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", nil, { Cookie = cookies[n % #cookies + 1] })
end
LUA
}

# sessions_lua FILE COOKIES: POSTs of a new session each (a fresh client id), rotating over the signed-in people.
sessions_lua() {
  cat >"$1" <<LUA
local cookies = {$2}
local n = 0
math.randomseed(os.time())
request = function()
  n = n + 1
  local id = string.format("%08x-%04x-4%03x-a%03x-%04x%08x", math.random(0, 0x7fffffff), math.random(0, 0xffff), n % 4096, math.random(0, 0xfff), n % 65536, math.random(0, 0x7fffffff))
  local body = string.gsub('$(session_json CLIENT 20)', "CLIENT", id)
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json", Cookie = cookies[n % #cookies + 1] }, body)
end
LUA
}
