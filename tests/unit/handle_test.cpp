// Unit tests of host handles (gos/bind.hpp): C++ objects a script holds as
// opaque Go pointers, with methods, passed back to the host and to script
// functions, and released when the script can no longer reach them.
#include <doctest/doctest.h>

#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <gos/gos.hpp>

namespace {

std::atomic<int> liveConns{0};

struct Conn {
    std::string name;
    std::vector<std::string> log;
    explicit Conn(std::string n) : name(std::move(n)) { ++liveConns; }
    ~Conn() { --liveConns; }
    Conn(const Conn&) = delete;
    Conn& operator=(const Conn&) = delete;
};

struct Other {
    int x = 0;
};

gos::Package db(std::shared_ptr<Conn>* shared = nullptr) {
    gos::Package p("host/db");
    p.handle<Conn>("Conn")
        .handle<Other>("Other")
        .func("Open", [](const std::string& name) { return std::make_shared<Conn>(name); })
        .func("Shared", [shared]() { return shared ? *shared : nullptr; })
        .func("Nil", []() { return std::shared_ptr<Conn>(); })
        .func("NameOf", [](std::shared_ptr<Conn> c) { return c ? c->name : std::string("<nil>"); })
        .func("Same", [](std::shared_ptr<Conn> a, std::shared_ptr<Conn> b) { return a == b; })
        .func("NewOther", []() { return std::make_shared<Other>(); })
        .method("Name", [](const Conn& c) { return c.name; })
        .method("Exec", [](Conn& c, const std::string& q) {
            c.log.push_back(q);
            return static_cast<int>(c.log.size());
        })
        .method("Self", [](std::shared_ptr<Conn> c) { return c; })
        .method("Fail", [](Conn&) -> int { throw std::runtime_error("connection lost"); });
    return p;
}

struct Host {
    std::string out, err;
    gos::Runtime rt;

    explicit Host(gos::Package p = db()) : rt(config(std::move(p))) {}

    gos::Config config(gos::Package p) {
        gos::Config c;
        c.stdoutSink = [this](std::string_view s) { out += s; };
        c.stderrSink = [this](std::string_view s) { err += s; };
        c.packages.push_back(std::move(p));
        return c;
    }
    gos::RunResult run(const std::string& source) {
        gos::Compiled c = rt.compile("test.gs", source);
        if (!c.script) FAIL(c.error.report);
        return rt.run(*c.script);
    }
    std::string compileError(const std::string& source) {
        gos::Compiled c = rt.compile("test.gs", source);
        CHECK(!c.script);
        return c.error.message;
    }
};

}  // namespace

TEST_CASE("handles: a script holds host objects as opaque pointers with methods") {
    Host h;
    gos::RunResult r = h.run(R"(
c := db.Open("main")
fmt.Println(c.Name(), c.Exec("a"), c.Exec("b"), db.NameOf(c))
fmt.Printf("%T %v\n", c, c == c.Self())
d := db.Open("main")
fmt.Println(c == d, db.Same(c, c), db.Same(c, d), db.NameOf(nil), db.Nil() == nil)
type Namer interface{ Name() string }
n := Namer(c)
f := d.Name
fmt.Println(n.Name(), f())
a := any(c)
_, ok := a.(*db.Conn)
fmt.Println(ok)
)");
    CHECK(r.error.message == "");
    CHECK(h.out == "main 1 2 main\n*db.Conn true\nfalse true false <nil> true\nmain main\ntrue\n");
}

TEST_CASE("handles: misuse is Go's panic or a compile error, never a crash") {
    Host h;
    SUBCASE("a nil handle's method is a nil dereference") {
        gos::RunResult r = h.run(R"(
defer func() { fmt.Println(recover()) }()
var c *db.Conn
c.Name()
)");
        CHECK(r.error.message == "");
        CHECK(h.out == "runtime error: invalid memory address or nil pointer dereference\n");
    }
    SUBCASE("a handle the host did not make") {
        gos::RunResult r = h.run(R"(
func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}
var z db.Conn
try(func() { z.Name() })
try(func() { db.NameOf(new(db.Conn)) })
c := db.Open("x")
copied := *c
try(func() { copied.Name() })
try(func() { fmt.Println(c.Name()) })
)");
        CHECK(r.error.message == "");
        CHECK(h.out == "db.(*Conn).Name: receiver: cannot convert *db.Conn: it is not a handle the host made\n"
                       "db.NameOf: argument 1: cannot convert *db.Conn: it is not a handle the host made\n"
                       "db.(*Conn).Name: receiver: cannot convert *db.Conn: it is not a handle the host made\n"
                       "x\n<nil>\n");
    }
    SUBCASE("a host exception in a method is a panic") {
        gos::RunResult r = h.run("c := db.Open(\"x\")\nc.Fail()\n");
        CHECK(r.error.kind == gos::ErrorKind::Panic);
        CHECK(r.error.message == "panic: connection lost");
    }
    SUBCASE("the checker checks handles as Go pointers") {
        CHECK(h.compileError("db.NameOf(db.NewOther())\n") ==
              "test.gs:1:11: cannot use db.NewOther() (value of type *db.Other) as type *db.Conn in argument to "
              "db.NameOf");
        CHECK(h.compileError("c := db.Open(\"x\")\nc.Exec(1)\n") ==
              "test.gs:2:8: cannot use 1 (untyped int constant) as string value in argument to c.Exec");
        CHECK(h.compileError("c := db.Open(\"x\")\n_ = c.handle\n") ==
              "test.gs:2:7: c.handle undefined (type *db.Conn has no field or method handle)");
        CHECK(h.compileError("o := db.NewOther()\no.Name()\n") ==
              "test.gs:2:3: o.Name undefined (type *db.Other has no field or method Name)");
    }
}

TEST_CASE("handles: host objects live while the script can reach them, and no longer than the runtime") {
    liveConns = 0;
    {
        Host h;
        gos::RunResult r = h.run(R"(
var kept []*db.Conn
for i := 0; i < 2000; i++ {
	c := db.Open("tmp")
	if i%100 == 0 {
		kept = append(kept, c)
	}
}
runtime.GC()
runtime.GC()
db.Open("one more")
fmt.Println(len(kept), kept[3].Name())
)");
        CHECK(r.error.message == "");
        CHECK(h.out == "20 tmp\n");
        // the 20 kept, the last one, and the few a conservative scan may still see
        CHECK(liveConns >= 21);
        CHECK(liveConns < 200);
        // the next run replaces the state, and the handles it held go with it
        CHECK(h.run("fmt.Println(\"next\")\n").error.message == "");
        CHECK(liveConns == 0);
    }
    CHECK(liveConns == 0);
}

TEST_CASE("handles: calls pass them both ways, as the same Go pointer") {
    auto shared = std::make_shared<Conn>("host's");
    Host h(db(&shared));
    gos::RunResult r = h.run(R"(
func name(c *db.Conn) string { return c.Name() }
func same(c *db.Conn) bool { return c == db.Shared() }
func open(n string) *db.Conn { return db.Open(n) }
func kind(x any) string { return fmt.Sprintf("%T", x) }
func named(n interface{ Name() string }) string { return n.Name() }
func other() *db.Other { return db.NewOther() }
)");
    REQUIRE(r.error.message == "");
    gos::CallResult c = h.rt.callWith("name", shared);
    CHECK(c.error.message == "");
    CHECK(c.results.at(0).text() == "host's");
    c = h.rt.callWith("same", shared);
    CHECK(c.results.at(0).toBool());
    c = h.rt.callWith("open", std::string("made"));
    REQUIRE(c.error.message == "");
    CHECK(c.results.at(0).kind() == gos::Value::Kind::Handle);
    CHECK(c.results.at(0).goType() == "*db.Conn");
    auto made = gos::fromValue<std::shared_ptr<Conn>>(c.results.at(0));
    REQUIRE(made);
    CHECK(made->name == "made");
    CHECK(h.rt.callWith("kind", shared).results.at(0).text() == "*db.Conn");
    c = h.rt.callWith("named", shared);
    CHECK(c.error.message == "");
    CHECK(c.results.size() == 1);
    c = h.rt.call("name", {gos::Value()});
    CHECK(c.error.message == "panic: runtime error: invalid memory address or nil pointer dereference");
    // a handle of another type does not fit, in either direction
    gos::Value other = h.rt.call("other").results.at(0);
    CHECK(other.goType() == "*db.Other");
    CHECK(h.rt.call("name", {other}).error.kind == gos::ErrorKind::Call);
    CHECK(h.rt.call("named", {other}).error.message ==
          "call named: argument 1: cannot convert to interface{Name() string}: *db.Other does not implement it");
    CHECK_THROWS_AS(gos::fromValue<std::shared_ptr<Conn>>(other), gos::ConversionError);
    // a host object of a type no package of the script declares
    gos::Value stranger = gos::Value::handle(std::make_shared<int>(1), "no such type");
    c = h.rt.call("kind", {stranger});
    CHECK(c.error.kind == gos::ErrorKind::Call);
    CHECK(c.error.message == "call kind: argument 1: cannot convert to interface {}: the script knows no handle type of "
                             "this host object");
    CHECK(h.rt.call("name", {stranger}).error.kind == gos::ErrorKind::Call);
    CHECK(gos::Value::handle(nullptr, "x").isNil());
}

TEST_CASE("handles: impossible declarations are refused at compile time") {
    SUBCASE("a handle of a type no package declares") {
        gos::Package p("bad");
        p.func("F", []() { return std::make_shared<Conn>("x"); });
        Host h(p);
        CHECK(h.compileError("bad.F()\n") == "package bad: F: a handle of a type no package declares (Package::handle)");
    }
    SUBCASE("a method of another package's type") {
        gos::Package p("bad");
        p.method("M", [](Conn&) {});
        Host h(p);
        CHECK(h.compileError("_ = 1\nbad.X()\n") ==
              "package bad: M: a method's receiver is a handle type of its own package");
    }
    SUBCASE("a method declared twice") {
        gos::Package p("bad");
        p.handle<Conn>("Conn").method("M", [](Conn&) {}).method("M", [](Conn&) {});
        Host h(p);
        CHECK(h.compileError("bad.X()\n") == "package bad: M: method Conn.M is declared twice");
    }
}

TEST_CASE("handles: collections at every allocation, and runtimes on two threads, lose no handle") {
    liveConns = 0;
    const char* churn = R"(
var kept []*db.Conn
for i := 0; i < 300; i++ {
	c := db.Open(fmt.Sprint(i))
	c.Exec("q")
	if i%10 == 0 {
		kept = append(kept, c)
		runtime.GC()
	}
}
ok := true
for i, c := range kept {
	ok = ok && c.Name() == fmt.Sprint(i*10) && c == c.Self()
}
fmt.Println(len(kept), ok)
)";
    SUBCASE("a collection before every allocation") {
        gos::Config c;
        std::string out;
        c.stdoutSink = [&](std::string_view s) { out += s; };
        c.packages.push_back(db());
        c.gcStressEvery = 1;
        {
            gos::Runtime rt(c);
            gos::Compiled s = rt.compile("stress.gs", churn);
            REQUIRE(s.script);
            CHECK(rt.run(*s.script).error.message == "");
        }
        CHECK(out == "30 true\n");
    }
    SUBCASE("two runtimes at once, whose collections finalize each other's objects") {
        std::string outs[2];
        std::vector<std::thread> threads;
        for (int t = 0; t < 2; ++t)
            threads.emplace_back([&, t] {
                for (int round = 0; round < 5; ++round) {
                    Host h;
                    h.run(churn);
                    outs[t] += h.out;
                }
            });
        for (auto& th : threads) th.join();
        for (const std::string& o : outs) CHECK(o == "30 true\n30 true\n30 true\n30 true\n30 true\n");
    }
    CHECK(liveConns == 0);
}
