#!/usr/bin/env python3
"""gen.py - the mechanically built programs of the hostile suite.

    gen.py DIR            write the GENERATED programs into DIR/CATEGORY/NAME.go
    gen.py --stored DIR   write the STORED programs into DIR/CATEGORY/NAME.go
    gen.py --list         print CATEGORY/NAME.go of every generated program

GENERATED programs are too big to commit (over ~100 KB): scripts/hostile.sh
runs `gen.py TMPDIR` at every regen, verify and check, and treats the
programs exactly like the stored ones; their expected files (.out, .exit,
.err) are committed in tests/hostile/CATEGORY/ under the generated NAME.

STORED programs are small enough to commit but built by a program (long
chains, exact bytes such as NUL, invalid UTF-8, BOMs, random garbage). They
live in tests/hostile/CATEGORY/ like the hand-written ones;
`gen.py --stored tests/hostile` rewrites them (only needed after editing
them here).

The output is deterministic and depends only on this file: no clock, no
environment. The generated programs use no randomness at all; the stored
garbage files use random.Random(seed) and are written once, then committed.
No dependencies beyond the Python 3 standard library.
"""

import os
import random
import sys
import textwrap

GENERATED = {}
STORED = {}


def generated(path):
    def register(fn):
        GENERATED[path] = fn
        return fn
    return register


def stored(path):
    def register(fn):
        STORED[path] = fn
        return fn
    return register


def header(abuse, imports=("fmt",)):
    """The comment and package clause every program starts with."""
    lines = textwrap.wrap("Abuses: " + abuse, 74)
    text = "".join("// " + line + "\n" for line in lines)
    text += "// (Built by tests/hostile/gen.py.)\npackage main\n\n"
    if imports:
        if len(imports) == 1:
            text += 'import "%s"\n\n' % imports[0]
        else:
            text += "import (\n" + "".join('\t"%s"\n' % i for i in imports) + ")\n\n"
    return text


# ---------------------------------------------------------------- nesting (generated)

@generated("nesting/elseif_30000.go")
def elseif_30000():
    # x is a plain local variable; the value selects the very last branch, so
    # an implementation without constant propagation runs all 30000 tests.
    # (A version in a function of its own parameter takes gc minutes.)
    n = 30000
    out = [header("a 30000-branch else-if chain in one function (right-nested "
                  "if statements 30000 deep; jumps far past 16-bit offsets).")]
    out.append("func main() {\n\tx := %d\n\tr := -1\n\tif x == 0 {\n\t\tr = 0\n" % (n - 1))
    for i in range(1, n):
        out.append("\t} else if x == %d {\n\t\tr = %d\n" % (i, i * 3 % 1000))
    out.append("\t}\n\tfmt.Println(x, r)\n}\n")
    return "".join(out)


@generated("nesting/var_chain_20000.go")
def var_chain_20000():
    n = 20000
    out = [header("20000 chained package-level variable initialisers, declared in "
                  "reverse order (v19999 = v19998 + 1 comes first).")]
    for i in range(n - 1, 0, -1):
        out.append("var v%d = v%d + %d\n" % (i, i - 1, i % 3))
    out.append("var v0 = 1\n\n")
    out.append("func main() {\n\tfmt.Println(v0, v10000, v%d)\n}\n" % (n - 1))
    return "".join(out)


@stored("nesting/method_chain_1500.go")
def method_chain_1500():
    n = 1500
    out = [header("a chain of 1500 method calls in one expression, "
                  "b.Add(1).Mul(3).Add(2)..., each returning the receiver.")]
    out.append("type B struct{ v, calls int }\n\n")
    out.append("func (b *B) Add(n int) *B { b.v = (b.v + n) % 1000003; b.calls++; return b }\n")
    out.append("func (b *B) Mul(n int) *B { b.v = b.v * n % 1000003; b.calls++; return b }\n\n")
    out.append("func main() {\n\tb := &B{}\n\tr := b")
    for i in range(n):
        if i % 2 == 0:
            out.append(".Add(%d)" % (i % 97))
        else:
            out.append(".\n\t\tMul(%d)" % (i % 7 + 2))
    out.append("\n\tfmt.Println(r.v, r.calls, r == b)\n}\n")
    return "".join(out)


@generated("nesting/switch_30000.go")
def switch_30000():
    n = 30000
    out = [header("an expression switch with 30000 constant cases.")]
    out.append("func f(x int) int {\n\tswitch x {\n")
    for i in range(n):
        out.append("\tcase %d:\n\t\treturn %d\n" % (i * 7, i % 1009))
    out.append("\t}\n\treturn -1\n}\n\n")
    out.append("func main() {\n\tfmt.Println(f(0), f(7), f(%d), f(%d), f(3))\n}\n"
               % ((n - 1) * 7, (n // 2) * 7))
    return "".join(out)


# ---------------------------------------------------------------- sizes (generated)

@generated("sizes/if_body_40000.go")
def if_body_40000():
    n = 40000
    out = [header("a function whose if-body holds 40000 statements, so the "
                  "jump over it spans more than 16 bits of code.")]
    out.append("func main() {\n\tx, y := 0, 1\n\tif len(fmt.Sprint(y)) == 1 {\n")
    for i in range(n):
        out.append("\t\tx += y\n" if i % 2 == 0 else "\t\ty ^= 3\n")
    out.append("\t}\n\tif x > 0 {\n\t\tfmt.Println(\"after the body:\", x, y)\n\t}\n")
    out.append("\tfor i := 0; i < 2; i++ {\n\t\tif i == 1 {\n")
    for i in range(n // 4):
        out.append("\t\t\tx -= %d\n" % (i % 5))
    out.append("\t\t}\n\t}\n\tfmt.Println(x)\n}\n")
    return "".join(out)


@generated("sizes/consts_70000.go")
def consts_70000():
    n = 70001
    out = [header("more than 70000 distinct constants in one function (ints, "
                  "floats and strings): constant pools indexed past 16 bits.")]
    out.append("func main() {\n\tx := 0\n\tf := 0.0\n\tn := 0\n")
    for i in range(n):
        k = i % 3
        if k == 0:
            out.append("\tx = x*31 + %d\n" % (1000003 + 7 * i))
        elif k == 1:
            out.append("\tf += %d.25\n" % (i * 11))
        else:
            out.append("\tn += len(\"s%d\")\n" % i)
    out.append("\tfmt.Println(x, f, n)\n}\n")
    return "".join(out)


@generated("sizes/locals_66000.go")
def locals_66000():
    n = 66000
    out = [header("a function with 66001 local variables (more than 65536), the "
                  "first and a middle one live until the end.")]
    out.append("func main() {\n\tv0 := len(fmt.Sprint(1))\n")
    for i in range(1, n + 1):
        out.append("\tv%d := v%d + %d\n" % (i, i - 1, i % 3))
    out.append("\tfmt.Println(v0, v33000, v%d)\n}\n" % n)
    return "".join(out)


@generated("sizes/call_100000_args.go")
def call_100000_args():
    n = 100000
    out = [header("a call to a variadic function with 100000 arguments, and a "
                  "function with 300 parameters.")]
    out.append("func sum(xs ...int) (int, int) {\n\ts := 0\n\tfor _, x := range xs {\n"
               "\t\ts += x\n\t}\n\treturn len(xs), s\n}\n\n")
    params = ", ".join("p%d" % i for i in range(300))
    out.append("func many(%s int) int {\n\treturn p0 + p150 + p299\n}\n\n" % params)
    out.append("func main() {\n\tfmt.Println(sum(")
    for i in range(n):
        out.append("%d," % (i % 10) if i % 40 else "\n\t\t%d," % (i % 10))
    out.append("\n\t))\n\tfmt.Println(many(")
    out.append(", ".join(str(i) for i in range(300)))
    out.append("))\n}\n")
    return "".join(out)


@generated("sizes/slice_literal_100000.go")
def slice_literal_100000():
    n = 100000
    out = [header("composite literals with 100000 elements: a []int, a "
                  "[...]string and a map[int]int.")]
    out.append("var ints = []int{")
    for i in range(n):
        out.append("%d," % (i * 7 % 1000) if i % 50 else "\n\t%d," % (i * 7 % 1000))
    out.append("\n}\n\nvar strs = [...]string{")
    for i in range(n // 2):
        out.append('"%s",' % chr(97 + i % 26) if i % 30 else '\n\t"%s",' % chr(97 + i % 26))
    out.append("\n}\n\nfunc main() {\n\tm := map[int]int{")
    for i in range(20000):
        out.append("%d: %d," % (i, i % 10) if i % 20 else "\n\t\t%d: %d," % (i, i % 10))
    out.append("\n\t}\n\ts := 0\n\tfor _, v := range ints {\n\t\ts += v\n\t}\n")
    out.append("\tfmt.Println(len(ints), s, ints[%d], len(strs), strs[%d], len(m), m[19999])\n}\n"
               % (n - 1, n // 2 - 1))
    return "".join(out)


# ---------------------------------------------------------------- garbage (generated)

@generated("garbage/line_1mb.go")
def line_1mb():
    body = "".join(chr(97 + (i * 7) % 26) for i in range(1 << 20))
    return (header("a single source line of more than 1 MB (a string literal "
                   "of 1048576 letters).")
            + 'var s = "' + body + '"\n\nfunc main() {\n\tfmt.Println(len(s), s[:10], s[len(s)-5:])\n}\n')


@generated("garbage/line_1mb_statements.go")
def line_1mb_statements():
    # x++; y += x; ... on one line: ~1 MB of short statements.
    stmts = "x++; y += x; " * (1 << 16)
    return (header("a single 1 MB line holding 131072 statements separated by "
                   "semicolons.")
            + "func main() {\n\tx, y := 0, 0; " + stmts + "fmt.Println(x, y)\n}\n")


@generated("garbage/long_identifier.go")
def long_identifier():
    ident = "v" + "".join(chr(97 + (i * 5) % 26) for i in range(99999))
    return (header("a 100000-character identifier, declared and used three times.")
            + "var %s = 21\n\nfunc main() {\n\t%s *= 2\n\tfmt.Println(%s)\n}\n" % (ident, ident, ident))


# ---------------------------------------------------------------- nesting (stored)

@stored("nesting/concat_10000.go")
def concat_10000():
    return (header("a 10000-term string concatenation s + \"b\" + \"b\" + ... in one "
                   "expression (a left-leaning tree 10000 deep).")
            + 'func main() {\n\ts := "a"\n\ts = s' + ' + "b"' * 10000
            + '\n\tfmt.Println(len(s), s[:3], s[len(s)-2:])\n}\n')


@stored("nesting/int_sum_10000.go")
def int_sum_10000():
    return (header("a 10000-term integer expression x + 1 - 2 + 3 ... mixing "
                   "variables and constants.")
            + "func main() {\n\tx := 1\n\ty := x"
            + "".join(" + x" if i % 3 == 0 else (" - %d" % i if i % 2 else " + %d" % i)
                      for i in range(10000))
            + "\n\tfmt.Println(y)\n}\n")


@stored("nesting/blocks_30000.go")
def blocks_30000():
    return (header("30000 nested blocks {{{ ... }}} around one statement.")
            + "func main() {\n\tx := 1\n\t" + "{" * 30000 + "x++" + "}" * 30000
            + "\n\tfmt.Println(x)\n}\n")


@stored("nesting/parens_10000.go")
def parens_10000():
    return (header("10000 nested parentheses around an operand, and 2000 around "
                   "each side of an operator.")
            + "func main() {\n\tx := 3\n\ty := " + "(" * 10000 + "x" + ")" * 10000
            + "\n\tz := " + "(" * 2000 + "y" + ")" * 2000 + " * " + "(" * 2000 + "x+1" + ")" * 2000
            + "\n\tfmt.Println(y, z)\n}\n")


@generated("nesting/if_nesting_5000.go")
def if_nesting_5000():
    n = 5000
    return (header("5000 nested if statements, each with its own variable.")
            + "func main() {\n\tc := 0\n\tx := 1\n"
            + "".join("\tif v%d := x + %d; v%d > 0 {\n\t\tc++\n" % (i, i, i) for i in range(n))
            + "\t}\n" * n
            + "\tfmt.Println(c)\n}\n")


@stored("nesting/nested_calls_2000.go")
def nested_calls_2000():
    n = 2000
    return (header("2000 nested function calls f(g(f(g(...)))) in one expression.")
            + "func f(x int) int { return x + 1 }\nfunc g(x int) int { return x * 2 % 1000 }\n\n"
            + "func main() {\n\tfmt.Println(" + "".join("f(" if i % 2 else "g(" for i in range(n))
            + "1" + ")" * n + ")\n}\n")


@stored("nesting/nested_index_3000.go")
def nested_index_3000():
    n = 3000
    return (header("3000 nested index expressions a[a[a[...]]] and a 3000-deep "
                   "chain of field selections through pointers.")
            + "type L struct{ next *L; v int }\n\n"
            + "func main() {\n\ta := []int{1, 2, 0}\n\tfmt.Println(" + "a[" * n + "0" + "]" * n + ")\n"
            + "\tl := &L{v: 7}\n\tl.next = l\n\tfmt.Println(l" + ".next" * 3000 + ".v)\n}\n")


@stored("nesting/unary_chain_10000.go")
def unary_chain_10000():
    return (header("chains of 10000 unary operators: - - - x, ^^^ x, !!! b, and "
                   "*&*&*& p.")
            + "func main() {\n\tx := 5\n\tb := true\n\tp := &x\n"
            + "\tfmt.Println(" + "- " * 10000 + "x, " + "^" * 10001 + "x, " + "!" * 10001 + "b)\n"
            + "\tfmt.Println(" + "*&" * 5000 + "*p)\n}\n")


@stored("nesting/bool_chain_10000.go")
def bool_chain_10000():
    return (header("a 10000-operand && / || chain (short-circuit jumps nested "
                   "10000 deep).")
            + "func main() {\n\tt, f := true, false\n\tcalls := 0\n"
            + "\tcheck := func(b bool) bool { calls++; return b }\n"
            + "\tr := check(t)" + "".join(" && t" if i % 5 else " || check(f)" for i in range(10000))
            + "\n\tfmt.Println(r, calls)\n}\n")


@stored("nesting/tuple_assign_chains.go")
def tuple_assign_chains():
    # the tuple assignment's order analysis walks both sides: a 10000-term
    # chain of slice reads on the right (read before the stores once memory
    # is written), 3000 nested indexes and 2000 parentheses on the left, and
    # an index out of range that must panic after the first store
    return (header("tuple assignments with 10000-term right sides reading "
                   "memory, 3000 nested indexes and 2000 parentheses, then one "
                   "whose second index is out of range.")
            + "var g []int\n\n"
            + "func main() {\n\ts := []int{1, 2, 0}\n\tg = []int{3}\n\tx := 0\n"
            + "\ts[2], x = 5, s[0]" + " + s[1]" * 10000 + "\n"
            + "\tz := []int{0}\n"
            + "\ts[" + "z[" * 3000 + "0" + "]" * 3000 + "], g[0] = x%7, " + "(" * 2000 + "g[0]" + ")" * 2000 + "\n"
            + "\tfmt.Println(s, g, x)\n"
            + "\tdefer func() { fmt.Println(g, recover()) }()\n"
            + "\tg[0], s[len(s)+x] = 9, 1\n"
            + "\tfmt.Println(\"not reached\")\n}\n")


@stored("goroutines/panic_during_goexit.go")
def panic_during_goexit():
    return (header("a deferred call that panics while runtime.Goexit unwinds a "
                   "goroutine, under a recover that Goexit ignores.",
                   imports=("fmt", "runtime"))
            + "func main() {\n\tgo func() {\n"
            + "\t\tdefer func() { fmt.Println(\"recover sees\", recover()) ; panic(\"second\") }()\n"
            + "\t\tdefer panic(\"in a deferred call during Goexit\")\n"
            + "\t\truntime.Goexit()\n\t}()\n\tselect {}\n}\n")


@stored("nesting/composite_nested.go")
def composite_nested():
    n = 2000
    return (header("deeply nested composite literals: a 2000-deep linked list "
                   "&L{next: &L{...}} and a 2000-deep [][]interface{} nest.")
            + "type L struct {\n\tv    int\n\tnext *L\n}\n\n"
            + "func depth(x interface{}) int {\n\tn := 0\n\tfor {\n"
            + "\t\ts, ok := x.([]interface{})\n\t\tif !ok || len(s) == 0 {\n\t\t\treturn n\n\t\t}\n"
            + "\t\tx = s[0]\n\t\tn++\n\t}\n}\n\n"
            + "func main() {\n\tl := " + "".join("&L{v: %d, next: " % i for i in range(n)) + "nil"
            + "}" * n + "\n\tc := 0\n\tfor ; l != nil; l = l.next {\n\t\tc += l.v\n\t}\n"
            + "\tx := " + "[]interface{}{" * 2000 + "}" * 2000
            + "\n\tfmt.Println(c, depth(x))\n}\n")


@stored("nesting/nested_closures_1000.go")
def nested_closures_1000():
    n = 1000
    return (header("1000 nested function literals, each capturing the variable "
                   "of the one around it.")
            + "func main() {\n\tv0 := 1\n\tr := "
            + "".join("func() int {\n\tv%d := v%d + 1\n\treturn " % (i + 1, i) for i in range(n))
            + "v%d" % n + "\n}()" * n + "\n\tfmt.Println(r)\n}\n")


@stored("nesting/nested_types_1000.go")
def nested_types_1000():
    return (header("deeply nested type literals: a 1000-deep [][]...int and a "
                   "1000-deep **...int.")
            + "func main() {\n\tvar s " + "[]" * 1000 + "int\n"
            + "\tx := 4\n\tvar p " + "*" * 1000 + "int\n"
            + "\tfmt.Println(len(s), s == nil, p == nil, x)\n}\n")


@stored("nesting/nested_struct_200.go")
def nested_struct_200():
    return (header("a struct type nested 200 deep, struct{ a struct{ a ... } }, "
                   "written and read through a 200-long selector chain.")
            + "func main() {\n\tvar st " + "struct{ a " * 200 + "int" + " }" * 200 + "\n"
            + "\tst" + ".a" * 200 + " = 9\n"
            + "\tfmt.Println(st" + ".a" * 200 + ")\n}\n")


# ---------------------------------------------------------------- garbage (stored)

def raw(path, data):
    """Registers a stored garbage file whose exact bytes are DATA."""
    STORED[path] = lambda: data


def rng_bytes(seed, n):
    r = random.Random(seed)
    return bytes(r.getrandbits(8) for _ in range(n))


raw("garbage/random_bytes.go",
    b"// Abuses: 4096 random bytes (NULs, invalid UTF-8, anything) instead of a program.\n"
    + rng_bytes(1, 4096))
raw("garbage/random_after_package.go",
    b"// Abuses: a valid package clause followed by 4096 random bytes.\npackage main\n\n"
    + rng_bytes(2, 4096))


def random_tokens(seed, n):
    toks = ["x", "y", "main", "func", "(", ")", "{", "}", "[", "]", "+", "-", "*", ":=", "=",
            ";", ",", "1", "0x1F", "'a'", '"s"', "`r`", "if", "for", "return", "var", "type",
            "struct", "map", "chan", "go", "defer", ".", "...", "<-", "&&", "!", "\n", "\t", " "]
    r = random.Random(seed)
    return "".join(r.choice(toks) + (" " if r.random() < 0.5 else "") for _ in range(n))


raw("garbage/random_tokens.go",
    ("// Abuses: 20000 random but valid Go tokens after the package clause.\n"
     "package main\n\nfunc main() {\n" + random_tokens(3, 20000) + "\n}\n").encode())

C = b"// Abuses: "
raw("garbage/invalid_utf8_ident.go",
    C + b"an identifier containing an invalid UTF-8 byte (0xff).\npackage main\n\n"
    b"import \"fmt\"\n\nfunc main() {\n\tx\xff := 1\n\tfmt.Println(x\xff)\n}\n")
raw("garbage/invalid_utf8_string.go",
    C + b"raw invalid UTF-8 bytes (0xc3 0x28, 0xff) inside a string literal.\npackage main\n\n"
    b"import \"fmt\"\n\nfunc main() {\n\ts := \"a\xc3\x28b\xff\"\n\tfmt.Println(len(s))\n}\n")
raw("garbage/invalid_utf8_comment.go",
    C + b"invalid UTF-8 bytes inside a comment.\npackage main\n\n"
    b"import \"fmt\"\n\n// a comment with \xfe\xff and a truncated \xe2\x82 sequence\n"
    b"func main() {\n\tfmt.Println(\"fine\")\n}\n")
raw("garbage/overlong_utf8.go",
    C + b"an overlong UTF-8 encoding of '/' (0xc0 0xaf) and an encoded surrogate\n"
    b"// (0xed 0xa0 0x80) in a rune literal.\npackage main\n\n"
    b"import \"fmt\"\n\nfunc main() {\n\tr := '\xed\xa0\x80'\n\tfmt.Println(r, \"\xc0\xaf\")\n}\n")
raw("garbage/nul_in_code.go",
    C + b"a NUL byte in the middle of a statement.\npackage main\n\n"
    b"import \"fmt\"\n\nfunc main() {\n\tx := 1\x00 + 2\n\tfmt.Println(x)\n}\n")
raw("garbage/nul_in_string.go",
    C + b"a raw NUL byte inside a string literal.\npackage main\n\n"
    b"import \"fmt\"\n\nfunc main() {\n\ts := \"a\x00b\"\n\tfmt.Println(len(s))\n}\n")
raw("garbage/nul_in_header.go",
    C + b"a NUL byte inside the package clause.\npackage\x00 main\n\nfunc main() {\n}\n")
raw("garbage/nul_flood.go",
    C + b"4096 NUL bytes after the package clause.\npackage main\n\n" + b"\x00" * 4096 + b"\n")
raw("garbage/control_chars.go",
    C + b"control characters (0x01, 0x7f) between tokens.\npackage main\n\n"
    b"import \"fmt\"\n\nfunc main() {\n\tx := \x01 1\n\tfmt.Println(x\x7f)\n}\n")
raw("garbage/eof_in_string.go",
    C + b"a file that stops in the middle of a string literal.\npackage main\n\n"
    b"import \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"never closed")
raw("garbage/eof_in_raw_string.go",
    C + b"a file that stops in the middle of a raw string literal.\npackage main\n\n"
    b"import \"fmt\"\n\nfunc main() {\n\tfmt.Println(`never\nclosed\n")
raw("garbage/eof_in_comment.go",
    C + b"a file that stops in the middle of a block comment.\npackage main\n\n"
    b"import \"fmt\"\n\nfunc main() {\n\tfmt.Println(1) /* never closed\n\n")
raw("garbage/eof_in_rune.go",
    C + b"a file that stops in the middle of a rune literal.\npackage main\n\n"
    b"import \"fmt\"\n\nfunc main() {\n\tfmt.Println('x")
raw("garbage/eof_in_escape.go",
    C + b"a file that stops in the middle of a \\u escape in a string.\npackage main\n\n"
    b"import \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"\\u12")
raw("garbage/eof_after_package.go",
    C + b"a file that stops right after the package keyword.\npackage")
raw("garbage/comment_only.go",
    C + b"a file holding nothing but this comment.\n")
raw("garbage/unbalanced_open.go",
    C + b"unbalanced opening braces and parentheses at the end of the file.\npackage main\n\n"
    b"import \"fmt\"\n\nfunc main() {\n\tif true {\n\t\tfmt.Println((1 + (2)\n\tfor {\n")
raw("garbage/unbalanced_close.go",
    C + b"stray closing braces and brackets after a complete function.\npackage main\n\n"
    b"import \"fmt\"\n\nfunc main() {\n\tfmt.Println(1)\n}\n}\n])\n}\n")
raw("garbage/bom_middle.go",
    C + b"a byte order mark (U+FEFF) in the middle of a statement.\npackage main\n\n"
    b"import \"fmt\"\n\nfunc main() {\n\tx := 1\n\t\xef\xbb\xbffmt.Println(x)\n}\n")
raw("garbage/bom_twice.go",
    b"\xef\xbb\xbf\xef\xbb\xbf" + C + b"two byte order marks at the start of the file.\n"
    b"package main\n\nfunc main() {\n}\n")
raw("garbage/bom_in_string.go",
    C + b"a byte order mark inside a string literal.\npackage main\n\n"
    b"import \"fmt\"\n\nfunc main() {\n\tfmt.Println(len(\"a\xef\xbb\xbfb\"))\n}\n")
raw("garbage/bom_at_start_ok.go",
    b"\xef\xbb\xbf" + C + b"a single byte order mark at the very start (legal), then\n"
    b"// a program that prints.\npackage main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"ok\")\n}\n")
raw("garbage/cr_only_lines.go",
    C + b"old Mac line endings after this line: CR alone is white space,\n"
    b"// not a newline, so no semicolons are inserted.\n"
    b"package main\rimport \"fmt\"\rfunc main() {\r\tfmt.Println(1)\r}\r")
raw("garbage/surrogate_escape.go",
    C + b"escapes naming invalid code points (a surrogate, beyond U+10FFFF).\npackage main\n\n"
    b"import \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"\\uD800\", '\\U00110000')\n}\n")
raw("garbage/rune_literals.go",
    C + b"malformed rune literals: two characters, then an empty one.\npackage main\n\n"
    b"import \"fmt\"\n\nfunc main() {\n\tfmt.Println('ab', '')\n}\n")
raw("garbage/bad_number_literals.go",
    C + b"malformed numeric literals: octal 09, 0x without digits, 1e, 1__2.\npackage main\n\n"
    b"import \"fmt\"\n\nfunc main() {\n\tfmt.Println(09, 0x, 1e, 1__2)\n}\n")

raw("garbage/digits_10000.go",
    (C.decode() + "an integer literal of exactly 10000 digits (gc's limit), used in\n"
     "// constant arithmetic that reduces it to small values.\npackage main\n\n"
     "import \"fmt\"\n\nconst c = " + "7" * 10000 + "\n\n"
     "func main() {\n\tfmt.Println(c%10, c%1000003, c/c)\n}\n").encode())
raw("garbage/digits_10001.go",
    (C.decode() + "an integer literal of 10001 digits (one past gc's limit).\npackage main\n\n"
     "import \"fmt\"\n\nconst c = " + "7" * 10001 + "\n\n"
     "func main() {\n\tfmt.Println(c % 10)\n}\n").encode())
raw("garbage/float_digits_10000.go",
    (C.decode() + "a floating-point literal with 10000 digits after the point.\npackage main\n\n"
     "import \"fmt\"\n\nconst c = 1." + "0" * 9997 + "1\n\n"
     "func main() {\n\tfmt.Println(c == 1)\n}\n").encode())
raw("garbage/hex_digits_5000.go",
    (C.decode() + "a hexadecimal literal with 5000 digits (20000 bits) in a\n"
     "// constant expression.\npackage main\n\n"
     "import \"fmt\"\n\nconst c = 0x" + "f" * 5000 + "\n\n"
     "func main() {\n\tfmt.Println(c > 1, c&0xff)\n}\n").encode())
raw("garbage/shift_1_100000.go",
    (C.decode() + "a constant shift by 100000 (1<<100000).\npackage main\n\n"
     "import \"fmt\"\n\nconst c = 1 << 100000\n\n"
     "func main() {\n\tfmt.Println(c > 0)\n}\n").encode())
raw("garbage/shift_1_600.go",
    (C.decode() + "a constant shift past the untyped-constant precision (1<<600).\npackage main\n\n"
     "import \"fmt\"\n\nconst c = 1 << 600\n\n"
     "func main() {\n\tfmt.Println(c >> 599)\n}\n").encode())


def main(argv):
    if len(argv) == 2 and argv[1] == "--list":
        for path in sorted(GENERATED):
            print(path)
        return 0
    if len(argv) == 3 and argv[1] == "--stored":
        table, out = STORED, argv[2]
    elif len(argv) == 2 and not argv[1].startswith("-"):
        table, out = GENERATED, argv[1]
    else:
        sys.stderr.write(__doc__.split("\n\n")[1] + "\n")
        return 2
    for path in sorted(table):
        data = table[path]()
        if isinstance(data, str):
            data = data.encode()
        full = os.path.join(out, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
