-- Cycles through the signed deliveries of $BENCH_WEBHOOKS (made by Sign.java), each sent once: thread i of
-- n takes every n-th line, and stops when its share is used up, so no request is a duplicate.
dofile(os.getenv("BENCH_DIR") .. "/wrk/report.lua")

local threads = {}
local counter = 0

function setup(thread)
  thread:set("index", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local total = tonumber(os.getenv("BENCH_THREADS"))
  requests = {}
  local n = 0
  for line in io.lines(os.getenv("BENCH_WEBHOOKS")) do
    if n % total == index then
      local id, ts, sig, body = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)\t(.*)$")
      table.insert(requests, wrk.format("POST", "/webhooks/linq", {
        ["Content-Type"] = "application/json", ["webhook-id"] = id, ["webhook-timestamp"] = ts,
        ["webhook-signature"] = sig }, body))
    end
    n = n + 1
  end
  position = 0
end

function request()
  position = position + 1
  if position > #requests then
    if position == #requests + 1 then finished() end
    wrk.thread:stop()
    return requests[#requests]
  end
  return requests[position]
end
