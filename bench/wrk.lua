-- wrk script for bench/pages.py: requests the paths given after `--` (one picked at random per request
-- when there are several); a path written "TOKEN@/path" is sent with `Authorization: Bearer TOKEN`.
-- Prints one line of JSON at the end: requests, seconds, latency percentiles (ms) and errors by kind.

local paths = {}
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 1000 + (id or 0))
  for _, arg in ipairs(args) do
    local token, path = arg:match("^([^@/]+)@(/.*)$")
    local headers = { ["Accept-Encoding"] = "br, gzip" }
    if token then
      headers["Authorization"] = "Bearer " .. token
    else
      path = arg
    end
    table.insert(paths, wrk.format("GET", path, headers))
  end
end

function request()
  return paths[math.random(#paths)]
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "seconds": %.3f, "p50": %.3f, "p95": %.3f, "p99": %.3f, "max": %.3f, ' ..
    '"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d, "bytes": %d}\n',
    summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.connect, e.read, e.write, e.status, e.timeout, summary.bytes))
end
