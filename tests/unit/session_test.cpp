// Unit tests of sessions (gos::Session): incremental compilation, as the
// REPL and any host evaluating Go one input at a time use it.
#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include <gos/gos.hpp>

namespace {

struct Repl {
    std::string out, err;
    gos::Session session;

    explicit Repl(gos::Limits limits = {}) : session(config(limits)) {}

    gos::Config config(gos::Limits limits) {
        gos::Config c;
        c.stdoutSink = [this](std::string_view s) { out += s; };
        c.stderrSink = [this](std::string_view s) { err += s; };
        c.limits = limits;
        return c;
    }

    // The input's shown values as "text // type" lines, or its error's message.
    std::string eval(std::string_view input) {
        gos::EvalResult r = session.eval(input);
        if (r.error) return "error: " + r.error.message;
        std::string s;
        for (const gos::ShownValue& v : r.values) s += v.text + " // " + v.type + "\n";
        return s;
    }
};

}  // namespace

TEST_CASE("session: values and declarations persist across inputs") {
    Repl r;
    CHECK(r.eval("x := []int{1, 2, 3}") == "");
    CHECK(r.eval("x") == "[1 2 3] // []int\n");
    CHECK(r.eval("x = append(x, 4)") == "");
    CHECK(r.eval("len(x)\ncap(x)") == "4 // int\n6 // int\n");
    CHECK(r.eval("func double(n int) int {\n\treturn 2 * n\n}") == "");
    CHECK(r.eval("double(x[3])") == "8 // int\n");
    CHECK(r.eval("type P struct{ X, Y int }") == "");
    CHECK(r.eval("p := P{1, 2}\np") == "{1 2} // main.P\n");
    CHECK(r.eval("const k = 1 << 10\nk") == "1024 // int\n");
    CHECK(r.eval("var m = map[string]int{\"a\": 1}\nm[\"a\"]") == "1 // int\n");
    CHECK(r.eval("fmt.Println(\"hi\")") == "3 // int\n<nil> // error\n");
    CHECK(r.out == "hi\n");
    CHECK(r.eval("strings.Repeat(\"ab\", 2)") == "abab // string\n");
}

TEST_CASE("session: methods on an earlier input's type, interfaces and closures") {
    Repl r;
    CHECK(r.eval("type T struct{ n int }") == "");
    CHECK(r.eval("func (t T) String() string { return fmt.Sprint(\"T#\", t.n) }") == "");
    CHECK(r.eval("T{7}") == "T#7 // main.T\n");
    CHECK(r.eval("var s fmt.Stringer = T{8}\ns.String()") == "T#8 // string\n");
    CHECK(r.eval("counter := 0\ninc := func() int { counter++; return counter }") == "");
    CHECK(r.eval("inc(); inc()") == "1 // int\n2 // int\n");  // a call's values are shown too
    CHECK(r.eval("counter") == "2 // int\n");
    // a failed method declaration takes nothing with it
    CHECK(r.eval("func (t T) Bad() int { return undefinedName }").rfind("error: input", 0) == 0);
    CHECK(r.eval("T{9}") == "T#9 // main.T\n");
}

TEST_CASE("session: redeclaring a name replaces it; earlier code keeps the old") {
    Repl r;
    CHECK(r.eval("x := 1\nf := func() int { return x }") == "");
    CHECK(r.eval("x := \"now a string\"") == "");
    CHECK(r.eval("x") == "now a string // string\n");
    CHECK(r.eval("f()") == "1 // int\n");
    CHECK(r.eval("x := len(x) + 1\nx") == "13 // int\n");
    CHECK(r.eval("func g() int { return 1 }\nfunc g2() int { return g() }") == "");
    CHECK(r.eval("func g() int { return 2 }") == "");
    CHECK(r.eval("g()\ng2()") == "2 // int\n1 // int\n");
}

TEST_CASE("session: a failed input loses no earlier state") {
    Repl r;
    CHECK(r.eval("x := 41") == "");
    CHECK(r.eval("y := x +").rfind("error: input", 0) == 0);
    CHECK(r.eval("y := undefined").rfind("error: input", 0) == 0);
    CHECK(r.eval("x++\nx") == "42 // int\n");
    // a panic keeps what ran, but not the names the input declared
    CHECK(r.eval("x = 100\nx := func() int { panic(\"boom\") }()") == "error: panic: boom");
    CHECK(r.eval("x") == "100 // int\n");
    CHECK(r.eval("var a []int\na[5]") ==
          "error: panic: runtime error: index out of range [5] with length 0");
    CHECK(r.eval("x") == "100 // int\n");
}

TEST_CASE("session: globals never move: pointers into earlier inputs' variables stay valid") {
    Repl r;
    CHECK(r.eval("a := [4]int{1, 2, 3, 4}\np := &a[2]") == "");
    for (int k = 0; k < 50; ++k) CHECK(r.eval("var big" + std::to_string(k) + " [512]int") == "");
    CHECK(r.eval("*p = 30\na\n*p") == "[1 2 30 4] // [4]int\n30 // int\n");
    CHECK(r.eval("runtime.GC()\n*p") == "30 // int\n");
}

TEST_CASE("session: goroutines started in one input run on in later ones") {
    Repl r;
    CHECK(r.eval("ch := make(chan int)\ngo func() { for i := 0; ; i++ { ch <- i } }()") == "");
    CHECK(r.eval("<-ch") == "0 // int\n");
    CHECK(r.eval("<-ch\n<-ch") == "1 // int\n2 // int\n");
    CHECK(r.eval("<-ch") == "3 // int\n");
    CHECK(r.eval("runtime.NumGoroutine()") == "2 // int\n");
}

TEST_CASE("session: an interrupt stops the input and keeps the session") {
    Repl r;
    CHECK(r.eval("n := 5") == "");
    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        r.session.interrupt();
    });
    gos::EvalResult res = r.session.eval("for {\n\tn++\n}");
    stopper.join();
    CHECK(res.error.kind == gos::ErrorKind::Interrupted);
    CHECK_FALSE(res.stateLost);
    std::string after = r.eval("n > 5");
    CHECK(after == "true // bool\n");
    // a fatal error ends the state: the session starts afresh and says so
    gos::EvalResult fatal = r.session.eval("var mu sync.Mutex\nmu.Unlock()");
    CHECK(fatal.stateLost);
    CHECK(r.eval("n").rfind("error: input", 0) == 0);
    CHECK(r.eval("1 + 1") == "2 // int\n");
}

TEST_CASE("session: shown values, types and errors as a Go programmer expects") {
    Repl r;
    CHECK(r.eval("nil").rfind("error: input1:1:1: use of untyped nil", 0) == 0);
    CHECK(r.eval("int").rfind("error: input2:1:1: int (type) is not an expression", 0) == 0);
    CHECK(r.eval("1.5 + 2") == "3.5 // float64\n");
    CHECK(r.eval("'a'") == "97 // int32\n");
    CHECK(r.eval("errors.New(\"e\")") == "e // error\n");
    CHECK(r.eval("m := map[int]bool{}\nv, ok := m[1]\nv\nok") == "false // bool\nfalse // bool\n");
    CHECK(r.eval("if true {\n\t5\n}").find("is not used") != std::string::npos);
    CHECK(r.eval("package main").find("no package clause") != std::string::npos);
}

TEST_CASE("session: typeOf, completions, describe, variables, disassemble") {
    Repl r;
    CHECK(r.eval("xs := []string{\"a\"}\nfunc twice(n int) (int, error) { return 2 * n, nil }") == "");
    gos::TypeReport t = r.session.typeOf("xs");
    REQUIRE(t.types.size() == 1);
    CHECK(t.types[0] == "[]string");
    t = r.session.typeOf("twice(2)");
    CHECK(t.types == std::vector<std::string>{"int", "error"});
    CHECK(r.session.typeOf("nope").error.message.find("undefined: nope") != std::string::npos);
    std::vector<std::string> c = r.session.completions("strings.Rep");
    CHECK(c == std::vector<std::string>{"strings.Repeat", "strings.Replace", "strings.ReplaceAll"});
    c = r.session.completions("tw");
    CHECK(c == std::vector<std::string>{"twice"});
    c = r.session.completions("st");
    CHECK(std::find(c.begin(), c.end(), "strings") != c.end());
    CHECK(std::find(c.begin(), c.end(), "string") != c.end());
    CHECK(r.session.describe("strings.Repeat") == "func strings.Repeat(string, int) string");
    CHECK(r.session.describe("twice") == "func twice(int) (int, error)");
    CHECK(r.session.describe("nothing.Here") == "");
    std::vector<gos::SessionVariable> vars = r.session.variables();
    REQUIRE(vars.size() == 1);
    CHECK(vars[0].name == "xs");
    CHECK(vars[0].type == "[]string");
    CHECK(r.session.disassemble("twice").find("RET") != std::string::npos);
    // a value method: the method's own code, not the wrapper interfaces call
    CHECK(r.eval("type V struct{ a, b int }\nfunc (v V) Sum() int { return v.a + v.b }\nvar _ any = V{}") == "");
    CHECK(r.session.disassemble("V.Sum").find("NILWRAP") == std::string::npos);
    // a type query compiles nothing: the next input runs as usual
    CHECK(r.eval("twice(4)") == "8 // int\n<nil> // error\n");
    r.session.reset();
    CHECK(r.eval("xs").find("undefined: xs") != std::string::npos);
}

TEST_CASE("session: whether an input is complete") {
    CHECK(gos::Session::complete("x := 1"));
    CHECK_FALSE(gos::Session::complete("func f() {"));
    CHECK_FALSE(gos::Session::complete("x := []int{\n1,"));
    CHECK(gos::Session::complete("func f() {\n\treturn\n}"));
    CHECK(gos::Session::complete("s := \"{\""));
    CHECK_FALSE(gos::Session::complete("s := `raw\n"));
    CHECK(gos::Session::complete("s := '{' // {"));
    CHECK_FALSE(gos::Session::complete("/* open"));
    CHECK(gos::Session::complete("}"));  // too many closers: the parser reports it
    // a binary operator, a comma or a dot at the end: the expression goes on
    CHECK_FALSE(gos::Session::complete("x := 1 +"));
    CHECK_FALSE(gos::Session::complete("ok := a &&  // and"));
    CHECK_FALSE(gos::Session::complete("s := strings."));
    CHECK_FALSE(gos::Session::complete("v := x1."));
    CHECK_FALSE(gos::Session::complete("n := s[0]."));
    CHECK(gos::Session::complete("x := 1."));  // a float literal
    CHECK(gos::Session::complete("y := 0x1p3 + 25."));
    CHECK_FALSE(gos::Session::complete("x :="));
    CHECK(gos::Session::complete("x++"));
    CHECK(gos::Session::complete("x--"));
    CHECK(gos::Session::complete("x := \"+\""));
    CHECK(gos::Session::complete("x := 1 + 2 // +"));
}

TEST_CASE("session: hostile inputs end as errors and leave the session usable") {
    Repl r;
    // a type query declares nothing, whatever it is given
    CHECK(r.session.typeOf("x := 5").error.message.find("is not an expression") != std::string::npos);
    CHECK(r.eval("x").find("undefined: x") != std::string::npos);
    CHECK(r.session.typeOf("runtime.GC()").error.message.find("has no value") != std::string::npos);
    CHECK(r.session.typeOf("").error);
    // os.Exit ends the state and says with what status
    gos::EvalResult exit = r.session.eval("os.Exit(3)");
    CHECK(exit.exited);
    CHECK(exit.exitCode == 3);
    CHECK(exit.stateLost);
    // nesting beyond the machine stack, garbage, huge globals
    std::string deep = r.eval(std::string(100000, '(') + "1" + std::string(100000, ')'));
    CHECK((deep == "1 // int\n" || deep.find("too deeply nested") != std::string::npos));
    CHECK(r.eval(std::string(100000, '{')).find("error: ") == 0);
    CHECK(r.eval(std::string("\x00\xff\xfe", 3)).find("error: ") == 0);
    CHECK(r.eval("var huge [1 << 40]byte").find("symbol too large") != std::string::npos);
    CHECK(r.eval("}}}").find("error: ") == 0);
    // a type redeclared while values of the old one live on
    CHECK(r.eval("type T struct{ a int }\nold := T{1}") == "");
    CHECK(r.eval("type T struct{ b string }\nnewer := T{\"x\"}") == "");
    CHECK(r.eval("old\nnewer") == "{1} // main.T\n{x} // main.T\n");
    CHECK(r.eval("old = newer").find("cannot use newer") != std::string::npos);
    // a method declared twice across inputs, and on a type redeclared since
    CHECK(r.eval("func (t T) M() int { return len(t.b) }") == "");
    CHECK(r.eval("func (t T) M() int { return 0 }").find("already declared") != std::string::npos);
    CHECK(r.eval("newer.M()") == "1 // int\n");
    // init functions run once, with their input
    CHECK(r.eval("func init() { println(\"init ran\") }") == "");
    CHECK(r.eval("1") == "1 // int\n");
    CHECK(r.err == "init ran\n");
    // deferred calls at an input's top level run at its end; a recovered panic is no failure
    CHECK(r.eval("defer func() { recover() }()\npanic(1)") == "");
    CHECK(r.eval("defer fmt.Print(\"deferred \")\nfmt.Print(\"body \")") == "5 // int\n<nil> // error\n");
    CHECK(r.out.find("body deferred ") != std::string::npos);
    // a goroutine bomb and a blocked main end the state, and the session starts afresh
    gos::EvalResult dead = r.session.eval("<-make(chan int)");
    CHECK(dead.stateLost);
    CHECK(dead.error.message.find("deadlock") != std::string::npos);
    CHECK(r.eval("2 * 21") == "42 // int\n");
}

TEST_CASE("session: limits apply to each input") {
    gos::Limits limits;
    limits.maxSteps = 100000;
    limits.timeout = std::chrono::milliseconds(2000);
    Repl r(limits);
    CHECK(r.eval("n := 1") == "");
    gos::EvalResult spin = r.session.eval("for { n++ }");
    CHECK(spin.error.kind == gos::ErrorKind::StepLimit);
    CHECK_FALSE(spin.stateLost);
    // the next input has its own budget
    CHECK(r.eval("n > 1000") == "true // bool\n");
    gos::EvalResult deep = r.session.eval("var f func(int) int\nf = func(k int) int { return f(k+1) + 1 }\nf(0)");
    CHECK(deep.error);
    CHECK(r.eval("3") == "3 // int\n");
}

TEST_CASE("session: goroutines run in the background while the host is away") {
    Repl r;
    r.session.runInBackground(true);
    CHECK(r.eval("n := 0\ngo func() { for { n++; time.Sleep(time.Millisecond) } }()") == "");
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    CHECK(r.eval("n > 20") == "true // bool\n");
    // their output reaches the sinks (read here once eval has paused them)
    CHECK(r.eval("go func() { time.Sleep(20 * time.Millisecond); fmt.Println(\"later\") }()") == "");
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    CHECK(r.eval("1") == "1 // int\n");
    CHECK(r.out == "later\n");
    // off: nothing runs between inputs
    r.session.runInBackground(false);
    std::string before = r.eval("n");
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    CHECK(r.eval("n") == before);
    // a panic in the background ends the state; the next eval says so
    r.session.runInBackground(true);
    CHECK(r.eval("go func() { time.Sleep(10 * time.Millisecond); panic(\"in the background\") }()") == "");
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    gos::EvalResult after = r.session.eval("2");
    CHECK(after.stateLost);
    CHECK(r.err.find("panic: in the background") != std::string::npos);
    CHECK(r.eval("n").find("undefined: n") != std::string::npos);
    // so does os.Exit, which is no error
    CHECK(r.eval("go func() { time.Sleep(10 * time.Millisecond); os.Exit(0) }()") == "");
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    CHECK(r.session.eval("3").stateLost);
    CHECK(r.eval("4") == "4 // int\n");
}
