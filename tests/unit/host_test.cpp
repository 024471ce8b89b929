// Unit tests of the embedding API's two-way calls: a host calling script
// functions by name, and scripts calling the host's packages
// (gos/bind.hpp), with values converted both ways.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <gos/gos.hpp>

namespace {

struct Order {
    std::string customer;
    double total = 0;
    std::vector<std::string> items;
};

struct Verdict {
    bool approved = false;
    std::string reason;
};

}  // namespace

template <>
struct gos::Fields<Order> {
    static auto list() {
        return std::make_tuple(gos::field("Customer", &Order::customer), gos::field("Total", &Order::total),
                               gos::field("Items", &Order::items));
    }
};

template <>
struct gos::Fields<Verdict> {
    static auto list() {
        return std::make_tuple(gos::field("Approved", &Verdict::approved), gos::field("Reason", &Verdict::reason));
    }
};

namespace {

struct Host {
    std::string out, err;
    gos::Runtime rt;

    explicit Host(std::vector<gos::Package> packages = {}, std::vector<std::string> withheld = {})
        : rt(config(std::move(packages), std::move(withheld))) {}

    gos::Config config(std::vector<gos::Package> packages, std::vector<std::string> withheld) {
        gos::Config c;
        c.stdoutSink = [this](std::string_view s) { out += s; };
        c.stderrSink = [this](std::string_view s) { err += s; };
        c.packages = std::move(packages);
        c.withheldPackages = std::move(withheld);
        return c;
    }

    gos::RunResult run(const std::string& source, const char* name = "test.gs") {
        gos::Compiled c = rt.compile(name, source);
        if (!c.script) FAIL(c.error.report);
        return rt.run(*c.script);
    }
    gos::Error compileError(const std::string& source) {
        gos::Compiled c = rt.compile("test.gs", source);
        CHECK(!c.script);
        return c.error;
    }
};

gos::Package shop() {
    gos::Package p("host/shop");
    p.type<Order>("Order")
        .type<Verdict>("Verdict")
        .func("Discount", [](const std::string& customer) { return customer == "vip" ? 0.25 : 0.0; })
        .func("Split", [](const std::string& s) {
            std::vector<std::string> out;
            size_t start = 0;
            for (size_t k = 0; k <= s.size(); ++k)
                if (k == s.size() || s[k] == ',') {
                    out.push_back(s.substr(start, k - start));
                    start = k + 1;
                }
            return out;
        })
        .func("Stock", []() { return std::map<std::string, int>{{"apple", 3}, {"pear", 0}}; })
        .func("Lookup",
              [](const std::string& sku) -> std::pair<int, gos::GoError> {
                  if (sku == "A1") return {42, gos::GoError()};
                  return {0, gos::GoError("no such sku " + sku)};
              })
        .func("Sample", []() { return Order{"ann", 12.5, {"tea", "cake"}}; })
        .func("Check", [](const Order& o) { return Verdict{o.total < 100, o.customer}; })
        .func("Fail", [](int n) -> int {
            if (n > 0) throw std::runtime_error("the host refuses " + std::to_string(n));
            return n;
        })
        .func("Small", [](int n) { return n; })
        .constant("MaxItems", gos::Value::integer(100))
        .constant("Shop", gos::Value::string("corner"))
        .variable("Verbose", false)
        .variable("Tags", std::vector<std::string>{"a", "b"});
    return p;
}

}  // namespace

TEST_CASE("api: calling script functions by name") {
    Host h;
    gos::RunResult r = h.run(
        "var calls int\n"
        "func add(a, b int) int { calls++; return a + b }\n"
        "func greet(name string, n int) (string, int) { calls++; return strings.Repeat(name, n), calls }\n"
        "func stats(xs []float64) map[string]float64 {\n"
        "\tm := map[string]float64{\"n\": float64(len(xs))}\n"
        "\tfor _, x := range xs { m[\"sum\"] += x }\n"
        "\treturn m\n"
        "}\n"
        "func fail(s string) { panic(errors.New(s)) }\n"
        "func find(k string) (int, error) { if k == \"\" { return 0, fmt.Errorf(\"empty key\") }; return len(k), nil }\n"
        "func spin() { for {} }\n"
        "fmt.Println(\"loaded\")\n");
    REQUIRE(!r.error);
    CHECK(h.out == "loaded\n");

    gos::CallResult a = h.rt.call("add", {gos::Value::integer(2), gos::Value::integer(40)});
    REQUIRE(!a.error);
    REQUIRE(a.results.size() == 1);
    CHECK(a.results[0].toInt() == 42);
    CHECK(a.results[0].goType() == "int");

    // the globals persist between calls
    gos::CallResult g = h.rt.callWith("greet", std::string("ab"), 3);
    REQUIRE(!g.error);
    CHECK(g.results[0].text() == "ababab");
    CHECK(g.results[1].toInt() == 2);

    gos::CallResult s = h.rt.callWith("stats", std::vector<double>{1.5, 2.5});
    REQUIRE(!s.error);
    auto m = gos::fromValue<std::map<std::string, double>>(s.results[0]);
    CHECK(m["n"] == 2);
    CHECK(m["sum"] == 4);

    gos::CallResult f = h.rt.callWith("find", std::string(""));
    REQUIRE(!f.error);
    CHECK(f.results[0].toInt() == 0);
    CHECK(f.results[1].kind() == gos::Value::Kind::Error);
    CHECK(f.results[1].text() == "empty key");
    CHECK(f.results[1].goType() == "*errors.errorString");
    CHECK(h.rt.callWith("find", std::string("abc")).results[1].isNil());

    // a panic ends the call, not the state
    gos::CallResult p = h.rt.callWith("fail", std::string("bad input"));
    CHECK(p.error.kind == gos::ErrorKind::Panic);
    CHECK(p.error.message.find("panic: bad input") == 0);
    CHECK(h.rt.callWith("add", 1, 1).results.at(0).toInt() == 2);

    // wrong calls are refused with a reason
    CHECK(h.rt.call("nope").error.kind == gos::ErrorKind::Call);
    CHECK(h.rt.call("nope").error.message == "call nope: the script declares no function nope");
    CHECK(h.rt.call("add", {gos::Value::integer(1)}).error.message == "call add: 1 arguments given, 2 wanted");
    gos::CallResult wrong = h.rt.call("add", {gos::Value::string("x"), gos::Value::integer(1)});
    CHECK(wrong.error.kind == gos::ErrorKind::Call);
    CHECK(wrong.error.message == "call add: argument 1: cannot convert to int: x is not an integer");
}

TEST_CASE("api: a limit ends a call and the state with it") {
    gos::Config c;
    c.limits.maxSteps = 100000;
    gos::Runtime rt(c);
    gos::Compiled comp = rt.compile("t.gs", "func spin() { for {} }\nfunc one() int { return 1 }\n");
    REQUIRE(comp.script);
    CHECK(rt.call("one").error.message == "call one: no script has run in this runtime");
    REQUIRE(!rt.run(*comp.script).error);
    CHECK(rt.call("one").results.at(0).toInt() == 1);
    gos::CallResult s = rt.call("spin");
    CHECK(s.error.kind == gos::ErrorKind::StepLimit);
    gos::CallResult after = rt.call("one");
    CHECK(after.error.kind == gos::ErrorKind::Call);
    CHECK(after.error.message == "call one: the script's state is gone (fatal error: instruction limit exceeded)");
    // running again gives a fresh state
    REQUIRE(!rt.run(*comp.script).error);
    CHECK(rt.call("one").results.at(0).toInt() == 1);
}

TEST_CASE("api: goroutines a script started run on during later calls") {
    Host h;
    REQUIRE(!h.run("var ch = make(chan int)\n"
                   "go func() { for i := 0; ; i++ { ch <- i } }()\n"
                   "func next() int { return <-ch }\n")
                 .error);
    CHECK(h.rt.call("next").results.at(0).toInt() == 0);
    CHECK(h.rt.call("next").results.at(0).toInt() == 1);
    CHECK(h.rt.call("next").results.at(0).toInt() == 2);
}

TEST_CASE("api: host packages") {
    Host h({shop()});
    gos::RunResult r = h.run(
        "import \"host/shop\"\n"
        "fmt.Println(shop.Discount(\"vip\"), shop.Discount(\"bob\"))\n"
        "fmt.Println(shop.Split(\"a,b,c\"), len(shop.Split(\"\")))\n"
        "fmt.Println(shop.Stock())\n"
        "n, err := shop.Lookup(\"A1\")\n"
        "fmt.Println(n, err)\n"
        "_, err = shop.Lookup(\"Z\")\n"
        "fmt.Println(err, err != nil)\n"
        "o := shop.Sample()\n"
        "fmt.Printf(\"%T %+v\\n\", o, o)\n"
        "o.Total = 250\n"
        "v := shop.Check(o)\n"
        "fmt.Printf(\"%T %+v\\n\", v, v)\n"
        "fmt.Println(shop.MaxItems, shop.Shop, shop.Verbose, shop.Tags)\n"
        "shop.Verbose = true\n"
        "shop.Tags = append(shop.Tags, \"c\")\n"
        "fmt.Println(shop.Verbose, shop.Tags)\n"
        "var arr [shop.MaxItems]int\n"
        "fmt.Println(len(arr))\n"
        "func() {\n"
        "\tdefer func() { fmt.Println(\"recovered:\", recover()) }()\n"
        "\tshop.Fail(7)\n"
        "}()\n"
        "func() {\n"
        "\tdefer func() { fmt.Println(\"recovered:\", recover()) }()\n"
        "\tshop.Small(1 << 40)\n"
        "}()\n");
    CHECK(h.err == "");
    CHECK(!r.error);
    CHECK(h.out ==
          "0.25 0\n"
          "[a b c] 1\n"
          "map[apple:3 pear:0]\n"
          "42 <nil>\n"
          "no such sku Z true\n"
          "shop.Order {Customer:ann Total:12.5 Items:[tea cake]}\n"
          "shop.Verdict {Approved:false Reason:ann}\n"
          "100 corner false [a b]\n"
          "true [a b c]\n"
          "100\n"
          "recovered: the host refuses 7\n"
          "recovered: 1099511627776 does not fit a 32-bit integer\n");
}

TEST_CASE("api: host packages are checked as Go packages") {
    Host h({shop()});
    gos::Error e = h.compileError("shop.Discount(3)\n");
    CHECK(e.kind == gos::ErrorKind::Compile);
    CHECK(e.message.find("test.gs:1:15: cannot use 3 (untyped int constant) as string value in argument to "
                         "shop.Discount") == 0);
    CHECK(h.compileError("x := shop.Nope()\n").message == "test.gs:1:11: undefined: shop.Nope");
    CHECK(h.compileError("var o shop.Order = shop.Verdict{}\n_ = o\n").message.find("cannot use shop.Verdict{}") !=
          std::string::npos);
    // a package main file imports it by path
    gos::Compiled ok = h.rt.compile("m.go", "package main\n\nimport \"host/shop\"\n\nfunc main() { println(shop.MaxItems) }\n");
    CHECK(ok.script);
    // a description Go cannot declare is refused when a script uses it
    gos::Package bad("bad");
    bad.func("F", [](int) {}).func("F", [](int) {});
    Host hb({bad});
    gos::Error b = hb.compileError("bad.F(1)\n");
    CHECK(b.message == "package bad: F is declared twice");
}

TEST_CASE("api: withheld packages") {
    Host h({}, {"os", "time"});
    gos::Error e = h.compileError("os.Exit(1)\n");
    CHECK(e.message == "test.gs:1:1: package os is not available");
    gos::Error i = h.compileError("import \"time\"\n\nfunc main() { time.Sleep(1) }\n");
    CHECK(i.message.find("package time is not available") != std::string::npos);
    CHECK(!h.run("fmt.Println(strings.ToUpper(\"ok\"))\n").error);
    CHECK(h.out == "OK\n");
}

TEST_CASE("api: values convert both ways") {
    struct Nested {
        std::map<std::string, std::vector<int>> m;
    };
    gos::Value v = gos::toValue(std::map<std::string, std::vector<int>>{{"a", {1, 2}}, {"b", {}}});
    CHECK(v.kind() == gos::Value::Kind::Map);
    CHECK(v.toString() == "map[a:[1 2] b:[]]");
    auto back = gos::fromValue<std::map<std::string, std::vector<int>>>(v);
    CHECK(back["a"] == std::vector<int>{1, 2});
    CHECK_THROWS_AS(gos::fromValue<int>(gos::Value::string("x")), gos::ConversionError);
    CHECK_THROWS_AS(gos::fromValue<int8_t>(gos::Value::integer(300)), gos::ConversionError);
    CHECK(gos::Value::floating(1e21).toString() == "1e+21");
    CHECK(gos::Value::floating(0.5).toString() == "0.5");
    Order o = gos::fromValue<Order>(gos::toValue(Order{"x", 1, {"y"}}));
    CHECK(o.customer == "x");
    CHECK(o.items == std::vector<std::string>{"y"});
}

namespace {

struct Node {
    std::string name;
    std::vector<Node> kids;
};

}  // namespace

template <>
struct gos::Fields<Node> {
    static auto list() { return std::make_tuple(gos::field("Name", &Node::name), gos::field("Kids", &Node::kids)); }
};

TEST_CASE("api: a struct that contains itself is Go's recursive named type") {
    gos::Package tree("tree");
    tree.type<Node>("Node")
        .func("Sample", [] { return Node{"root", {Node{"a", {}}, Node{"b", {Node{"c", {}}}}}}; })
        .func("Count", [](const Node& n) {
            int total = 0;
            std::vector<const Node*> todo{&n};
            while (!todo.empty()) {
                const Node* x = todo.back();
                todo.pop_back();
                ++total;
                for (const Node& k : x->kids) todo.push_back(&k);
            }
            return total;
        });
    Host h({tree});
    gos::RunResult r = h.run(R"(
t := tree.Sample()
t.Kids = append(t.Kids, tree.Node{Name: "d"})
fmt.Printf("%T %v %d %s\n", t.Kids[1], t.Kids[1].Kids[0].Name, tree.Count(t), t)
)");
    CHECK(r.error.message == "");
    CHECK(h.out == "tree.Node c 5 {root [{a []} {b [{c []}]} {d []}]}\n");
    // undeclared, it cannot be written in Go
    gos::Package bad("bad");
    bad.func("Sample", [] { return Node{}; });
    Host hb({bad});
    CHECK(hb.compileError("bad.Sample()\n").message ==
          "package bad: Sample: a struct that contains itself must be declared (Package::type)");
}

namespace {

// Resident memory of the process, in bytes.
size_t residentBytes() {
    FILE* f = std::fopen("/proc/self/statm", "r");
    if (!f) return 0;
    long pages = 0, resident = 0;
    if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    std::fclose(f);
    return static_cast<size_t>(resident) * 4096;
}

}  // namespace

TEST_CASE("api: a thousand runtimes made, used and destroyed leave the memory flat") {
    const char* source =
        "var m = map[int]string{}\n"
        "func fill(n int) int { for i := 0; i < n; i++ { m[i] = strings.Repeat(\"x\", i%50) }; return len(m) }\n"
        "ch := make(chan int)\n"
        "go func() { ch <- fill(1000) }()\n"
        "fmt.Println(<-ch)\n";
    auto once = [&] {
        std::string out;
        gos::Config c;
        c.stdoutSink = [&](std::string_view s) { out += s; };
        c.packages = {shop()};
        gos::Runtime rt(c);
        gos::Compiled comp = rt.compile("many.gs", source);
        REQUIRE(comp.script);
        REQUIRE(!rt.run(*comp.script).error);
        gos::CallResult r = rt.callWith("fill", 2000);
        REQUIRE(!r.error);
        CHECK(r.results.at(0).toInt() == 2000);
        CHECK(out == "1000\n");
    };
    // the collector's heap and the allocator's pools settle (after the
    // tests before this one, the heap grows once, in the first hundred)
    for (int k = 0; k < 200; ++k) once();
    size_t before = residentBytes();
    for (int k = 0; k < 1000; ++k) once();
    size_t after = residentBytes();
    MESSAGE("resident memory after 200 runtimes " << before / 1024 << " KB, after 1,200 " << after / 1024 << " KB");
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
    return;  // AddressSanitizer's quarantine holds freed memory: resident size says nothing here
#endif
#endif
    CHECK(after < before + (8 << 20));
}

TEST_CASE("api: a fixed seed repeats a run exactly; the environment is the runtime's") {
    const char* source =
        "m := map[int]bool{}\n"
        "for i := 0; i < 50; i++ { m[i] = true }\n"
        "for k := range m { fmt.Print(k, \" \") }\n"
        "a, b := make(chan int, 1), make(chan int, 1)\n"
        "for i := 0; i < 20; i++ {\n"
        "\ta <- 1\n\tb <- 2\n"
        "\tselect {\n\tcase v := <-a: fmt.Print(v); <-b\n\tcase v := <-b: fmt.Print(v); <-a\n\t}\n"
        "}\n"
        "fmt.Println()\n"
        "v, ok := os.LookupEnv(\"GREETING\")\n"
        "fmt.Println(v, ok, os.Getenv(\"HOME\") == \"\")\n";
    auto runWith = [&](uint64_t seed) {
        std::string out;
        gos::Config c;
        c.stdoutSink = [&](std::string_view s) { out += s; };
        c.seed = seed;
        c.environment = std::vector<std::string>{"GREETING=hello", "GREETING=shadowed", "EMPTY="};
        gos::Runtime rt(c);
        gos::Compiled comp = rt.compile("seed.gs", source);
        REQUIRE(comp.script);
        REQUIRE(!rt.run(*comp.script).error);
        return out;
    };
    std::string first = runWith(42);
    CHECK(first == runWith(42));
    CHECK(first.find("hello true true\n") != std::string::npos);
    // without a seed, the order changes from run to run (50 keys: the same
    // order twice in five runs is all but impossible)
    std::set<std::string> orders;
    for (int k = 0; k < 5; ++k) orders.insert(runWith(0));
    CHECK(orders.size() > 1);
}

TEST_CASE("api: hostile hosts and scripts get errors, never a crash") {
    SUBCASE("a sink that throws") {
        gos::Config c;
        c.stdoutSink = [](std::string_view) { throw std::runtime_error("disk full"); };
        gos::Runtime rt(c);
        gos::Compiled comp = rt.compile("t.gs", "func f() int { return 1 }\nfmt.Println(\"x\")\n");
        REQUIRE(comp.script);
        gos::RunResult r = rt.run(*comp.script);
        CHECK(r.error.kind == gos::ErrorKind::Fatal);
        CHECK(r.error.message == "fatal error: a host callback threw: disk full");
        CHECK(rt.call("f").error.message ==
              "call f: the script's state is gone (fatal error: a host callback threw: disk full)");
        // the runtime is usable again
        gos::Compiled ok = rt.compile("ok.gs", "x := 1\n_ = x\n");
        CHECK(!rt.run(*ok.script).error);
    }
    SUBCASE("host functions that misbehave") {
        gos::Package p("bad");
        p.func("Throw", []() -> int { throw 42; })
            .function("Short", {}, {gos::Type::basic(gos::Type::Kind::Int)}, [](const std::vector<gos::Value>&) {
                return std::vector<gos::Value>{};
            })
            .function("Wrong", {}, {gos::Type::basic(gos::Type::Kind::Int)}, [](const std::vector<gos::Value>&) {
                return std::vector<gos::Value>{gos::Value::string("x")};
            });
        Host h({p});
        gos::RunResult r = h.run(
            "for _, f := range []func(){ func() { bad.Throw() }, func() { bad.Short() }, func() { bad.Wrong() } } {\n"
            "\tfunc() {\n\t\tdefer func() { fmt.Println(recover()) }()\n\t\tf()\n\t}()\n"
            "}\n");
        CHECK(!r.error);
        CHECK(h.out ==
              "bad.Throw: the host function threw an exception\n"
              "bad.Short: the host function returned 0 results, want 1\n"
              "bad.Wrong: result: cannot convert to int: x is not an integer\n");
    }
    SUBCASE("values too deep or cyclic") {
        Host h;
        REQUIRE(!h.run("type N struct{ Next *N }\n"
                       "func cycle() *N { n := &N{}; n.Next = n; return n }\n"
                       "func echo(xs []any) int { return len(xs) }\n"
                       "func ch() chan int { return make(chan int) }\n")
                     .error);
        gos::CallResult c = h.rt.call("cycle");
        CHECK(c.error.kind == gos::ErrorKind::Call);
        CHECK(c.error.message == "call cycle: result 1: the value is nested too deeply (a cycle?)");
        gos::Value deep = gos::Value::integer(1);
        for (int k = 0; k < 5000; ++k) deep = gos::Value::slice({deep});
        CHECK(h.rt.call("echo", {deep}).error.kind == gos::ErrorKind::Call);
        CHECK(h.rt.call("ch").error.message == "call ch: result 1: a value of type chan int cannot be passed to the host");
        // and the state survives refused calls
        CHECK(h.rt.call("echo", {gos::Value::slice({gos::Value::integer(1), gos::Value::string("a")})})
                  .results.at(0)
                  .toInt() == 2);
    }
    SUBCASE("names that are not functions") {
        Host h;
        REQUIRE(!h.run("type T int\nfunc (T) M() {}\nvar v = 1\nfunc init() {}\n").error);
        for (const char* name : {"", "T", "M", "T.M", "v", "init", "main.v", "fmt.Println"})
            CHECK(h.rt.call(name).error.kind == gos::ErrorKind::Call);
    }
    SUBCASE("packages Go cannot declare") {
        gos::Package p("bad");
        p.variable("V", gos::Type::mapOf(gos::Type::sliceOf(gos::Type::basic(gos::Type::Kind::Int)),
                                         gos::Type::basic(gos::Type::Kind::Int)),
                   gos::Value());
        Host h({p});
        CHECK(h.compileError("_ = bad.V\n").message == "package bad: V: invalid map key type []int");
        gos::Package q("q");
        q.variable("N", 1).constant("C", gos::Value::slice({}));
        Host hq({q});
        CHECK(hq.compileError("_ = q.N\n").message == "package q: C: a constant is a bool, a number or a string");
        gos::Package w("w");
        w.variable("N", gos::Type::basic(gos::Type::Kind::Int8), gos::Value::integer(1000));
        Host hw({w});
        gos::RunResult r = hw.run("println(w.N)\n");
        CHECK(r.error.kind == gos::ErrorKind::Panic);
        CHECK(r.error.message == "panic: cannot convert to int8: 1000 overflows it");
    }
}

TEST_CASE("api: results whose conversion runs Go code, and conversions that meet a limit") {
    Host h;
    REQUIRE(!h.run("type E struct{ code int }\n"
                   "func (e E) Error() string { return fmt.Sprintf(\"code %d\", e.code) }\n"
                   "type P struct{}\n"
                   "func (P) Error() string { panic(\"no text\") }\n"
                   "type B struct{}\n"
                   "func (B) Error() string { select {} }\n"
                   "func custom() error { return E{7} }\n"
                   "func panicky() error { return P{} }\n"
                   "func blocking() error { return B{} }\n"
                   "func one() int { return 1 }\n")
                 .error);
    gos::CallResult c = h.rt.call("custom");
    REQUIRE(!c.error);
    CHECK(c.results.at(0).kind() == gos::Value::Kind::Error);
    CHECK(c.results.at(0).text() == "code 7");
    CHECK(c.results.at(0).goType() == "main.E");
    CHECK(h.rt.call("panicky").results.at(0).text() == "(Error method panicked)");
    CHECK(h.rt.call("one").results.at(0).toInt() == 1);  // the state survived both
    // an Error method that blocks cannot be waited for here: the state is dropped, not the host
    gos::CallResult b = h.rt.call("blocking");
    CHECK(b.error.kind == gos::ErrorKind::Fatal);
    CHECK(b.error.message.find("fatal error: a goroutine cannot block here") == 0);
    CHECK(h.rt.call("one").error.kind == gos::ErrorKind::Call);

    // an argument larger than the heap limit
    gos::Config cfg;
    cfg.limits.maxHeapBytes = 1 << 20;
    gos::Runtime rt(cfg);
    gos::Compiled comp = rt.compile("t.gs", "func size(s string) int { return len(s) }\n");
    REQUIRE(comp.script);
    REQUIRE(!rt.run(*comp.script).error);
    CHECK(rt.callWith("size", std::string(1000, 'x')).results.at(0).toInt() == 1000);
    gos::CallResult big = rt.callWith("size", std::string(4 << 20, 'x'));
    CHECK(big.error.kind == gos::ErrorKind::HeapLimit);
    CHECK(big.error.message == "fatal error: heap limit exceeded");
}

TEST_CASE("api: an environment key holding '=' names nothing, as in Go") {
    std::string out;
    gos::Config c;
    c.stdoutSink = [&](std::string_view s) { out += s; };
    c.environment = std::vector<std::string>{"A=B=c", "A=first", "A=second"};
    gos::Runtime rt(c);
    gos::Compiled comp = rt.compile("env.gs", "_, ok := os.LookupEnv(\"A=B\")\nfmt.Println(os.Getenv(\"A\"), ok)\n");
    REQUIRE(comp.script);
    REQUIRE(!rt.run(*comp.script).error);
    CHECK(out == "B=c false\n");
}
