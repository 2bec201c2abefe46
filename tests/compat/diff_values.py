"""Random DynamoDB values, keys and items for the differential test.

Everything is drawn from one random.Random, so a seed reproduces the whole
sequence. Values are in the wire form ({"S": "x"}, {"B": "<base64>"}, ...).
The tables are small on purpose: few keys, so writes collide with earlier
writes and conditions see real items; numbers of odd precision and extreme
magnitude; strings whose UTF-8 byte order differs from code-point order.

Not thread-safe: one Values per Random.
"""

import base64
from decimal import Decimal

# name -> (hash key, hash type, range key or None, range type or None)
TABLES = {
    "DiffHash": ("id", "S", None, None),
    "DiffNum": ("pk", "S", "sk", "N"),
    "DiffBin": ("pk", "N", "sk", "B"),
    "DiffStr": ("pk", "B", "sk", "S"),
}

# Attribute names the generators use. "name" and "status" are reserved
# words, "my-attr" and "a.b" need a #placeholder.
NAMES = ["a", "b", "c", "n", "s", "l", "m", "tags", "nums", "bin", "flag", "nul", "name", "status",
         "my-attr", "a.b"]
RESERVED = {"name", "status"}
PLAIN = [n for n in NAMES if n not in RESERVED and n.isidentifier()]

# No empty string or binary among stored values: dynalite's IN, BETWEEN,
# attribute_type and size() take them for missing attributes (D14). They
# still appear as condition operands (Expressions.operand_value).
STRINGS = ["a", "A", "b", "Z", "aa", "ab", "abc", "a#1", "a#10", "a#2", "hello", "Hello", "é", "日本",
           "\U0001F642", "x y", "zzz", "0", "-1", "true"]
KEY_STRINGS = [s for s in STRINGS if s]
NUMBERS = ["0", "-0", "1", "-1", "1.5", "1.50", "01.5", "2", "10", "1e3", "1E-5", "-3.25", "0.001",
           "123456789012345678901234567890.12345678", "-99999999999999999999999999999999999999",
           "9.9999999999999999999999999999999999999E+125", "1e-130", "-1e-130", "1e125", "0.1", "100",
           "3.14159265358979323846264338327950288", "7"]
BYTES = [b"\x00", b"\x00\x01", b"\x01", b"\x7f", b"\x80", b"\xff", b"\xfe\xff", b"a", b"ab", b"abc",
         b"\x00\x00", b"\x10\x20\x30"]
KEY_BYTES = [b for b in BYTES if b]
TYPES = ["S", "N", "B", "BOOL", "NULL", "L", "M", "SS", "NS", "BS"]
TYPE_WEIGHTS = {"S": 15, "N": 20, "B": 8, "BOOL": 6, "NULL": 4, "L": 10, "M": 10, "SS": 8, "NS": 8, "BS": 5}


def b64(raw):
    return base64.b64encode(raw).decode("ascii")


def number_key(text):
    """The normalised value of a number string (so "1.50" and "1.5" clash,
    and so do "-0" and "0")."""
    value = Decimal(text).normalize()
    return value if value != 0 else Decimal(0)


class Values:
    def __init__(self, rng):
        self.rng = rng

    def chance(self, p):
        return self.rng.random() < p

    def number(self):
        r = self.rng.random()
        if r < 0.45:
            return self.rng.choice(NUMBERS)
        if r < 0.7:
            return str(self.rng.randint(-1000, 1000))
        if r < 0.85:
            return f"{self.rng.randint(-999, 999)}.{self.rng.randint(0, 9999):04d}"
        digits = "".join(self.rng.choice("0123456789") for _ in range(self.rng.randint(1, 38)))
        digits = str(self.rng.randint(1, 9)) + digits[1:]
        sign = self.rng.choice(["", "-"])
        return f"{sign}{digits[:1]}.{digits[1:] or '0'}E{self.rng.randint(-100, 100)}"

    def string(self):
        if self.chance(0.8):
            return self.rng.choice(STRINGS)
        return "".join(self.rng.choice("abcXYZ09_#é") for _ in range(self.rng.randint(1, 6)))

    def raw_bytes(self):
        return self.rng.choice(BYTES)

    def scalar(self, type_name):
        if type_name == "S":
            return {"S": self.string()}
        if type_name == "N":
            return {"N": self.number()}
        if type_name == "B":
            return {"B": b64(self.raw_bytes())}
        if type_name == "BOOL":
            # Stored booleans are always true: dynalite's IN and attribute_type
            # take a stored false for a missing attribute (D14). Conditions
            # still compare against false (Expressions.operand_value).
            return {"BOOL": True}
        return {"NULL": True}

    def set_value(self, type_name):
        count = self.rng.randint(1, 4)
        if type_name == "SS":
            members = list(dict.fromkeys(self.string() for _ in range(count)))
            return {"SS": members}
        if type_name == "NS":
            seen, members = set(), []
            for _ in range(count):
                n = self.number()
                if number_key(n) not in seen:
                    seen.add(number_key(n))
                    members.append(n)
            return {"NS": members}
        members = list(dict.fromkeys(self.raw_bytes() for _ in range(count)))
        return {"BS": [b64(m) for m in members]}

    def value(self, depth=0, type_name=None):
        if type_name is None:
            choices = [t for t in TYPES if depth < 3 or t not in ("L", "M")]
            type_name = self.rng.choices(choices, weights=[TYPE_WEIGHTS[t] for t in choices])[0]
        if type_name in ("SS", "NS", "BS"):
            return self.set_value(type_name)
        if type_name == "L":
            return {"L": [self.value(depth + 1) for _ in range(self.rng.randint(0, 4))]}
        if type_name == "M":
            keys = self.rng.sample(["k", "x", "y", "z", "a", "n"], self.rng.randint(0, 3))
            return {"M": {k: self.value(depth + 1) for k in keys}}
        return self.scalar(type_name)

    def key_value(self, type_name):
        if type_name == "S":
            return {"S": self.rng.choice(KEY_STRINGS[:12])}
        if type_name == "N":
            return {"N": self.rng.choice(NUMBERS[:14] + ["1e125", "1e-130"])}
        return {"B": b64(self.rng.choice(KEY_BYTES[:8]))}

    def key(self, table):
        hash_name, hash_type, range_name, range_type = TABLES[table]
        key = {hash_name: self.key_value(hash_type)}
        if range_name:
            key[range_name] = self.key_value(range_type)
        return key

    def item(self, table, key=None):
        item = dict(key or self.key(table))
        for name in self.rng.sample(NAMES, self.rng.randint(0, 6)):
            item[name] = self.value()
        return item


def key_of(table, item):
    hash_name, _, range_name, _ = TABLES[table]
    key = {hash_name: item[hash_name]}
    if range_name:
        key[range_name] = item[range_name]
    return key


def key_id(table, key):
    """A hashable identity for a key, with numbers normalised."""
    parts = [table]
    for name in sorted(key):
        (type_name, value), = key[name].items()
        parts.append((name, type_name, str(number_key(value)) if type_name == "N" else value))
    return tuple(parts)


def reversed_bounds(low, high):
    """Whether BETWEEN bounds of one scalar type are in descending order."""
    (low_type, low_value), = low.items()
    (high_type, high_value), = high.items()
    if low_type != high_type:
        return False
    try:
        if low_type == "N":
            return Decimal(low_value) > Decimal(high_value)
        if low_type == "S":
            return low_value.encode() > high_value.encode()
        if low_type == "B":
            return base64.b64decode(low_value) > base64.b64decode(high_value)
    except (ArithmeticError, ValueError, TypeError):
        return False
    return False


def ordered(low, high, reverse):
    """The two bounds in ascending order, or descending when `reverse`."""
    if reversed_bounds(low, high) != reverse:
        return high, low
    return low, high
