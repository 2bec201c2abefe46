-- wrk script: Query of one random preloaded partition (its 5 items).
-- Usage: wrk -t2 -c32 -d10s -s bench/wire/query.lua http://127.0.0.1:PORT/
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local common = dofile(dir .. "common.lua")

setup = common.setup
done = common.done

function init(args)
    common.init("Query")
end

local template = '{"TableName":"' .. common.table .. '","KeyConditionExpression":"pk = :p",'
    .. '"ExpressionAttributeValues":{":p":{"S":"%s"}}}'

function request()
    local body = string.format(template, common.randomPartition())
    return wrk.format(nil, nil, nil, body)
end
