-- wrk script: PutItem of a random item of the preloaded key space (an
-- overwrite of the same size, so the table does not grow during the run).
-- Usage: wrk -t2 -c32 -d10s -s bench/wire/put_item.lua http://127.0.0.1:PORT/
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local common = dofile(dir .. "common.lua")

setup = common.setup
done = common.done

function init(args)
    common.init("PutItem")
end

local template = '{"TableName":"' .. common.table .. '","Item":{"pk":{"S":"%s"},"sk":{"S":"%s"},'
    .. '"payload":{"S":"' .. common.payload .. '"},"count":{"N":"%d"},"active":{"BOOL":true}}}'

function request()
    local body = string.format(template, common.randomPartition(), common.randomSortKey(), math.random(0, 999))
    return wrk.format(nil, nil, nil, body)
end
