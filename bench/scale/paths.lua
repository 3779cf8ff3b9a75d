-- wrk script: every request takes a random line of the file named by BENCH_PATHS (one request path per line),
-- so item reads do not hit the same row over and over.
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
    paths[#paths + 1] = line
end

local counter = 0
function setup(thread)
    counter = counter + 1
    thread:set("seed", counter)
end

function init(args)
    math.randomseed(os.time() + (seed or 0) * 7919)
end

function request()
    return wrk.format("GET", paths[math.random(#paths)])
end
