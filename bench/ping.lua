-- wrk script of bench/scans: the bare endpoint POST /api/v1/bench/ping (one row in one transaction), with the same
-- threads and connections as the scans.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  n2xx = 0; n4xx = 0; n5xx = 0; nother = 0
  firsterr = ""
  seq = 0
  headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
end

function request()
  seq = seq + 1
  return wrk.format("POST", "/api/v1/bench/ping", headers, "{\"n\":" .. seq .. "}")
end

function response(status, hdrs, body)
  if status >= 200 and status < 300 then n2xx = n2xx + 1
  elseif status >= 400 and status < 500 then n4xx = n4xx + 1
  elseif status >= 500 then n5xx = n5xx + 1
  else nother = nother + 1 end
  if status >= 300 and firsterr == "" then firsterr = status .. " " .. (body or ""):sub(1, 300) end
end

function done(summary, latency, requests)
  local t = { n2xx = 0, n4xx = 0, n5xx = 0, nother = 0 }
  local errs = {}
  for _, th in ipairs(threads) do
    for k, _ in pairs(t) do t[k] = t[k] + (th:get(k) or 0) end
    local e = th:get("firsterr")
    if e and e ~= "" and #errs < 3 then errs[#errs + 1] = e end
  end
  local secs = summary.duration / 1e6
  io.write(string.format("RESULT kind=%s requests=%d seconds=%.2f rate=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f "
      .. "max_ms=%.2f mean_ms=%.2f n201=%d n200=0 n4xx=%d n5xx=%d nother=%d exhausted_threads=0 "
      .. "socket_errors=%d timeouts=%d\n",
      os.getenv("BENCH_KIND") or "ping", summary.requests, secs, t.n2xx / secs,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, latency.mean / 1000, t.n2xx, t.n4xx, t.n5xx, t.nother,
      summary.errors.connect + summary.errors.read + summary.errors.write, summary.errors.timeout))
  for _, e in ipairs(errs) do io.write("FIRST_ERROR " .. e:gsub("\n", " ") .. "\n") end
end
