// Unit tests of gos/inspect beyond what the golden programs compare with
// Go (tests/golden/inspect): the diagram DrawMap draws, and misuse.
#include <doctest/doctest.h>

#include <string>

#include <gos/gos.hpp>

namespace {

std::string run(const std::string& source, gos::Error* error = nullptr) {
    gos::Config c;
    std::string out;
    c.stdoutSink = [&](std::string_view s) { out += s; };
    c.seed = 7;  // the same buckets every time
    gos::Runtime rt(c);
    gos::Compiled s = rt.compile("inspect.gs", source);
    REQUIRE(s.script);
    gos::RunResult r = rt.run(*s.script);
    if (error) *error = r.error;
    else CHECK(r.error.message == "");
    return out;
}

int count(const std::string& s, const std::string& what) {
    int n = 0;
    for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("inspect: DrawMap draws every bucket, its chain, and a growth in progress") {
    std::string out = run(R"(
m := map[int]int{}
for i := 0; i < 53; i++ {
	m[i] = i
}
fmt.Print(inspect.DrawMap(m))
var nilMap map[string]bool
fmt.Print(inspect.DrawMap(nilMap))
big := map[int]bool{}
for i := 0; i < 1000; i++ {
	big[i] = true
}
fmt.Print(inspect.DrawMap(big))
)");
    CHECK(out.rfind("map[int]int: len 53, B 4 (16 buckets), load factor 3.31, 0 overflow buckets\n", 0) == 0);
    CHECK(count(out, "\n  bucket ") == 16 + 32);  // the 1000-entry map shows 32 of its buckets
    CHECK(out.find("growing from B 3: 8 old buckets, evacuated below 1 and wherever written since\n") !=
          std::string::npos);
    CHECK(count(out, "\n  old ") == 8);
    CHECK(out.find("  old 0      evacuated\n") != std::string::npos);
    CHECK(out.find("map[string]bool: nil\n") != std::string::npos);
    CHECK(out.find("  ... 224 more\n") != std::string::npos);  // B 8: 256 buckets
    // every slot is a tophash byte (two hex digits) or empty (..)
    CHECK(out.find("[8/8] ..") == std::string::npos);
}

TEST_CASE("inspect: misuse is a panic naming the function") {
    gos::Error e;
    run("inspect.Map(3)\n", &e);
    CHECK(e.message == "panic: inspect.Map: int is not a map");
    run("inspect.Overlap([]int{}, \"x\")\n", &e);
    CHECK(e.message == "panic: inspect.Overlap: string is not a slice");
    run("var x any\ninspect.Buckets(x)\n", &e);
    CHECK(e.message == "panic: inspect.Buckets: nil is not a map");
    CHECK(run("var m map[int]int\nfmt.Println(inspect.Map(m).B, len(inspect.Buckets(m)), len(inspect.OldBuckets(m)))\n") ==
          "0 0 0\n");
    CHECK(run("fmt.Println(inspect.Overlap([]struct{}{{}}, []struct{}{{}}))\n") == "false 0 0\n");
}
