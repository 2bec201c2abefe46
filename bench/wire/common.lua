-- Shared by the wrk scripts in this directory: the preloaded key space, the
-- request headers, and a per-thread random seed.
--
-- The key space matches preload.py: partition keys "user#00000".."user#09999",
-- sort keys "item#0".."item#4", table "bench". Every request carries the
-- headers a real SDK sends: the DynamoDB JSON 1.0 content type, the target,
-- and a SigV4-shaped Authorization with X-Amz-Date (dynalite refuses requests
-- without them; Shardscope does not verify signatures unless asked to).

local common = {}

common.table = "bench"
common.partitions = 10000
common.sortKeys = 5

-- wrk calls setup() once per thread in the main Lua state; the id it sets
-- becomes a global in that thread's own Lua state.
local nextThreadId = 0
function common.setup(thread)
    nextThreadId = nextThreadId + 1
    thread:set("thread_id", nextThreadId)
end

-- Called from each thread's init(): a different seed per thread and per run.
function common.init(target)
    local id = thread_id or 0
    math.randomseed(os.time() * 7919 + id * 104729)
    -- LuaJIT's first draws after seeding are poorly mixed; discard a few.
    for _ = 1, 10 do math.random() end
    wrk.method = "POST"
    wrk.path = "/"
    wrk.headers["Content-Type"] = "application/x-amz-json-1.0"
    wrk.headers["X-Amz-Target"] = "DynamoDB_20120810." .. target
    wrk.headers["X-Amz-Date"] = "20240101T000000Z"
    wrk.headers["Authorization"] = "AWS4-HMAC-SHA256 Credential=bench/20240101/us-east-1/dynamodb/aws4_request, "
        .. "SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
        .. "Signature=0000000000000000000000000000000000000000000000000000000000000000"
end

function common.randomPartition()
    return string.format("user#%05d", math.random(0, common.partitions - 1))
end

function common.randomSortKey()
    return string.format("item#%d", math.random(0, common.sortKeys - 1))
end

-- A 160-character payload, the same as preload.py writes, so that every item
-- stays about 200 bytes (DynamoDB's item size).
common.payload = string.rep("0123456789abcdef", 10)

-- Prints the count of non-200 replies so that a run with errors is not
-- mistaken for a fast one.
function common.done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format("errors: connect %d, read %d, write %d, status %d, timeout %d\n",
        e.connect, e.read, e.write, e.status, e.timeout))
end

return common
