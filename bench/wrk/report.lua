-- Shared by every load script: at the end, writes one JSON line of what wrk measured to $BENCH_RESULT.
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
                 + summary.errors.status + summary.errors.timeout
  local out = io.open(os.getenv("BENCH_RESULT"), "w")
  out:write(string.format('{"requests":%d,"seconds":%.3f,"rps":%.1f,"p50_ms":%.3f,"p99_ms":%.3f,"errors":%d,"non2xx":%d}\n',
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, errors, summary.errors.status))
  out:close()
end

-- A thread whose requests are counted calls this when it has sent its share: wrk itself waits for its -d even
-- when every thread has stopped, so bench/run stops it (SIGINT, which still reports) once all threads are done.
function finished()
  local out = io.open(os.getenv("BENCH_RESULT") .. ".done." .. tostring(index), "w")
  if out then out:close() end
end
