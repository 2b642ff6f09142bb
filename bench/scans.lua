-- wrk script of bench/scans: POST /api/v1/scans from the pre-generated request stream (ScanStream). One connection
-- per thread (wrk -t N -c N), each thread its own file conn-NNN.tsv ("token<TAB>body" with @T@ for the device
-- time), so a staff member's DEPARTURE is sent only after the answer to their ARRIVAL. The stream position of each
-- thread is kept in BENCH_STREAM/offsets, so a measured run goes on after its warm-up without resending a scanId.
local threads = {}
local nthreads = 0

function setup(thread)
  local dir = os.getenv("BENCH_STREAM")
  local start = 0
  local f = io.open(dir .. "/offsets", "r")
  if f then
    for line in f:lines() do
      local id, pos = line:match("^(%d+) (%d+)$")
      if tonumber(id) == nthreads then start = tonumber(pos) end
    end
    f:close()
  end
  thread:set("id", nthreads)
  thread:set("dir", dir)
  thread:set("start", start)
  table.insert(threads, thread)
  nthreads = nthreads + 1
end

function init(args)
  reqs = {}
  local file = string.format("%s/conn-%03d.tsv", dir, id)
  for line in io.lines(file) do
    local tab = line:find("\t", 1, true)
    local body = line:sub(tab + 1)
    local at = body:find("@T@", 1, true)
    reqs[#reqs + 1] = { "Bearer " .. line:sub(1, tab - 1), body:sub(1, at - 1), body:sub(at + 3) }
  end
  pos = start
  n2xx = 0; n201 = 0; n200 = 0; n4xx = 0; n5xx = 0; nother = 0; exhausted = 0
  firsterr = ""
  lastsec = -1; stamp = ""
  headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
end

function request()
  pos = pos + 1
  local r = reqs[pos]
  if r == nil then
    -- Out of requests: never resend a scanId; the thread stops after this answer (a harmless GET that is
    -- answered 405 and counted separately, not as a scan).
    exhausted = 1
    return wrk.format("GET", "/api/v1/scans", headers, nil)
  end
  local now = os.time()
  if now ~= lastsec then
    lastsec = now
    stamp = os.date("!%Y-%m-%dT%H:%M:%SZ", now)
  end
  headers["Authorization"] = r[1]
  return wrk.format("POST", "/api/v1/scans", headers, r[2] .. stamp .. r[3])
end

function response(status, hdrs, body)
  if exhausted == 1 then
    nother = nother + 1
    wrk.thread:stop()
    return
  end
  if status == 201 then n201 = n201 + 1; n2xx = n2xx + 1
  elseif status >= 200 and status < 300 then n200 = n200 + 1; n2xx = n2xx + 1
  elseif status >= 400 and status < 500 then n4xx = n4xx + 1
  elseif status >= 500 then n5xx = n5xx + 1
  else nother = nother + 1 end
  if status >= 300 and firsterr == "" then firsterr = status .. " " .. (body or ""):sub(1, 300) end
end

function done(summary, latency, requests)
  local t = { n2xx = 0, n201 = 0, n200 = 0, n4xx = 0, n5xx = 0, nother = 0, exhausted = 0 }
  local offsets = {}
  local errs = {}
  for _, th in ipairs(threads) do
    for k, _ in pairs(t) do t[k] = t[k] + (th:get(k) or 0) end
    local p = th:get("pos") or 0
    if (th:get("exhausted") or 0) == 1 then p = p - 1 end
    offsets[#offsets + 1] = th:get("id") .. " " .. p
    local e = th:get("firsterr")
    if e and e ~= "" and #errs < 3 then errs[#errs + 1] = e end
  end
  local dir = os.getenv("BENCH_STREAM")
  local f = io.open(dir .. "/offsets", "w")
  f:write(table.concat(offsets, "\n") .. "\n")
  f:close()
  local secs = summary.duration / 1e6
  io.write(string.format("RESULT kind=%s requests=%d seconds=%.2f rate=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f "
      .. "max_ms=%.2f mean_ms=%.2f n201=%d n200=%d n4xx=%d n5xx=%d nother=%d exhausted_threads=%d "
      .. "socket_errors=%d timeouts=%d\n",
      os.getenv("BENCH_KIND") or "scans", summary.requests, secs, t.n2xx / secs,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, latency.mean / 1000, t.n201, t.n200, t.n4xx, t.n5xx, t.nother, t.exhausted,
      summary.errors.connect + summary.errors.read + summary.errors.write, summary.errors.timeout))
  for _, e in ipairs(errs) do io.write("FIRST_ERROR " .. e:gsub("\n", " ") .. "\n") end
end
