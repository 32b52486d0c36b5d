-- GET of the URL given to wrk (the health baseline).
dofile(os.getenv("BENCH_DIR") .. "/wrk/report.lua")
