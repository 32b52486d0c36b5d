-- POST of $BENCH_BODY to the URL given to wrk: a send through the gateway, or the same send straight to the stub.
-- With $BENCH_LIMIT, the threads stop after that many requests together (each its share), or at wrk's -d.
dofile(os.getenv("BENCH_DIR") .. "/wrk/report.lua")
wrk.method = "POST"
wrk.body = os.getenv("BENCH_BODY")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_API_KEY")

local limit = tonumber(os.getenv("BENCH_LIMIT") or "")
if limit then
  local threads = 0
  function setup(thread)
    thread:set("index", threads)
    threads = threads + 1
  end
  function init(args)
    share = math.ceil(limit / tonumber(os.getenv("BENCH_THREADS")))
    sent = 0
  end
  function request()
    sent = sent + 1
    if sent == share then finished() end
    if sent >= share then wrk.thread:stop() end
    return wrk.format()
  end
end
