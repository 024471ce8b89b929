// gos: an embeddable runtime for Go scripts. The C++ API.
//
// A host makes a Runtime from a Config (where the script's output goes, its
// os.Args, its limits), compiles source once into a Script, and runs the
// Script as often as it likes:
//
//     gos::Config config;
//     config.stdoutSink = [](std::string_view s) { std::cout << s; };
//     config.limits.timeout = std::chrono::seconds(2);
//     gos::Runtime rt(config);
//     gos::Compiled c = rt.compile("hello.gs", "fmt.Println(\"hi\")");
//     if (!c.script) { std::cerr << c.error.report; return 1; }
//     gos::RunResult r = rt.run(*c.script);
//     if (r.error) std::cerr << r.error.message << "\n";
//
// After a run, the runtime keeps the script's state, and Runtime::call
// calls the functions it declares with gos::Value arguments (value.hpp).
// Scripts may import the host's own packages (Config::packages, bind.hpp).
// docs/embedding.md has the whole story.
//
// Guarantees:
//   - The library never writes to the process's stdout or stderr and never
//     ends the process: the script's output goes to the sinks (discarded
//     when a sink is empty), and os.Exit, panics, fatal errors and limits
//     end the run, not the host, reported as a RunResult.
//   - No C++ exception leaves a call of this API except std::bad_alloc
//     from the host's own allocations; one thrown by a sink ends the run
//     with an error, one thrown by a bound function is a Go panic.
//   - A Script is immutable once compiled; one Script may be run by any
//     number of runs, one after another or from several Runtimes.
//   - Runtime::interrupt may be called from any thread while a run or a
//     call goes on; it then ends with ErrorKind::Interrupted.
//   - Runtimes are independent: each may run on its own host thread at
//     the same time as the others. One runtime's operations take turns,
//     so a sink or a bound function must not call back into its own
//     runtime (another runtime is fine).
//
// Compilation, runs and calls take place on threads of the library's own
// with a large stack (a runtime's runs and calls always on the same one),
// so the calling thread's stack size does not limit how deep a script may
// nest or recurse, and the host's threads never meet the collector; the
// call waits for it.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <gos/bind.hpp>
#include <gos/value.hpp>

#define GOS_VERSION_MAJOR 0
#define GOS_VERSION_MINOR 1
#define GOS_VERSION_PATCH 0
#define GOS_VERSION_STRING "0.1.0"


namespace gos {

// The library's version, GOS_VERSION_STRING of the build that made it.
GOS_API const char* version();

// What one run may use. 0 means no limit.
struct Limits {
    // Calls and loop iterations (backward jumps): bounds the work a run
    // does without a check on every instruction.
    uint64_t maxSteps = 0;
    // Go's limit on a goroutine's stack, counted in gos's stack memory;
    // beyond it the run ends as Go's stack overflow.
    uint64_t maxStackBytes = 1000000000;
    // Wall-clock time from the start of the run.
    std::chrono::milliseconds timeout{0};
    // Goroutines alive at once, main's included.
    uint64_t maxGoroutines = 0;
    // Live Go memory the run may hold, in bytes: measured by full
    // collections as it grows (an overshoot of at most half the limit
    // between two measures), counting what the process held besides when
    // the run began as not the run's. Stacks are bounded by maxStackBytes
    // instead.
    uint64_t maxHeapBytes = 0;
};

struct Config {
    // Where the script's standard output and standard error go (fmt.Print,
    // println, panics and fatal errors). An empty sink discards. A sink is
    // called on the library's thread while the run goes on, and must not
    // throw.
    std::function<void(std::string_view)> stdoutSink;
    std::function<void(std::string_view)> stderrSink;
    // os.Args: args[0] is the program's name (the script's name if empty).
    std::vector<std::string> args;
    // What os.Getenv sees, as "KEY=value" entries; when unset, the
    // process's environment. (time's Local zone is the process's.)
    std::optional<std::vector<std::string>> environment;
    // When not 0, every random choice the runtime makes (map seeds and
    // iteration order, select among ready cases) follows from it, so a run
    // repeats exactly; 0 seeds from the system, as Go does.
    uint64_t seed = 0;
    Limits limits;
    // Goroutines using a map without synchronisation end the run with Go's
    // "fatal error: concurrent map writes", whatever the schedule.
    bool detectMapRaces = true;
    // Debugging the runtime itself: a full collection before every Nth
    // allocation (0: off).
    uint64_t gcStressEvery = 0;
    // Packages of the host's own (gos/bind.hpp) that scripts compiled by
    // this runtime may import.
    std::vector<Package> packages;
    // How compileFile reads a script: sets text and returns true, or sets
    // why ("no such file") and returns false; an exception it throws is
    // such a failure too. Unset: the file system, with "-" the process's
    // standard input. A host that keeps its scripts elsewhere (a database,
    // an archive), or that lets scripts name no file of its own, sets it.
    std::function<bool(const std::string& path, std::string& text, std::string& why)> sourceLoader;
    // Standard packages scripts compiled by this runtime may not use
    // ("os", "time", ...): naming one is a compile error, "package os is
    // not available".
    std::vector<std::string> withheldPackages;
};

enum class ErrorKind {
    None,
    Io,              // the source file could not be read
    Compile,         // syntax or type errors
    Panic,           // an uncaught panic
    Fatal,           // a fatal error (deadlock, stack overflow, out of memory, ...)
    StepLimit,       // Limits::maxSteps
    TimeLimit,       // Limits::timeout
    GoroutineLimit,  // Limits::maxGoroutines
    StackLimit,      // Limits::maxStackBytes: Go's "stack overflow"
    HeapLimit,       // Limits::maxHeapBytes
    Interrupted,     // Runtime::interrupt
    Call,            // Runtime::call could not call: no such function, wrong arguments, no script state
};

// What went wrong, if anything.
struct Error {
    ErrorKind kind = ErrorKind::None;
    // One line: "panic: boom", "fatal error: all goroutines are asleep -
    // deadlock!", or for a compile error the first one as
    // "file:line:col: message".
    std::string message;
    // Where, for a compile error: the first error's position.
    std::string file;
    int line = 0, column = 0;
    // The whole text Go would print: every compile error (gc's format, at
    // most ten), or the panic or fatal error with its goroutine traces.
    std::string report;

    explicit operator bool() const { return kind != ErrorKind::None; }
};

class Script;

struct Compiled {
    std::shared_ptr<const Script> script;  // null when error is set
    Error error;
};

struct CallResult {
    std::vector<Value> results;  // one for each of the function's results
    Error error;
};

struct RunResult {
    // The process exit status Go would have: 0, 2 after a panic or fatal
    // error (and a limit), or the code given to os.Exit.
    int exitStatus = 0;
    Error error;  // None after main returned or os.Exit
};

// A compiled script: immutable, shareable between runs and threads.
class GOS_API Script : public std::enable_shared_from_this<Script> {
public:
    ~Script();
    Script(const Script&) = delete;
    Script& operator=(const Script&) = delete;

    const std::string& name() const;
    // The bytecode, one function after another (what `gos disasm` prints).
    std::string disassembly() const;

    struct Impl;
    explicit Script(std::unique_ptr<Impl> impl);
    const Impl& impl() const { return *impl_; }

private:
    std::unique_ptr<Impl> impl_;
};

class GOS_API Runtime {
public:
    explicit Runtime(Config config = {});
    ~Runtime();
    Runtime(const Runtime&) = delete;
    Runtime& operator=(const Runtime&) = delete;

    // Compiles source text; `name` is the file name errors and traces show.
    // A name ending in .go must be a package main; any other may be a
    // script (no package clause).
    Compiled compile(std::string_view name, std::string_view source);
    // Reads a file through Config::sourceLoader (by default the file
    // system, "-" standard input) and compiles it.
    Compiled compileFile(const std::string& path);
    // Runs the script's package initialisation and main (a script's top
    // level). The runtime then keeps the script's state, its globals and
    // the goroutines still running, for call(), until the next run or the
    // runtime's end.
    RunResult run(const Script& script);
    // Calls the function `name` declared at the top level of the script
    // last run, with args converted to its parameter types, in the state
    // that run left (a panic in the function ends only the call; os.Exit,
    // a fatal error or a limit end the state too). Limits apply to each
    // call as to a run.
    CallResult call(std::string_view name, const std::vector<Value>& args = {});
    template <class... A>
    CallResult callWith(std::string_view name, const A&... args) {
        return call(name, std::vector<Value>{toValue(args)...});
    }
    // Ends the run going on (from any thread); the next run is unaffected.
    void interrupt();

    const Config& config() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// ---- sessions: Go evaluated one input at a time (the REPL) ----

// A value an input showed: its text as %v prints it and its static type
// ("[1 2 3]", "[]int").
struct ShownValue {
    std::string text;
    std::string type;
};

struct EvalResult {
    // An expression statement's values, each as a ShownValue.
    std::vector<ShownValue> values;
    Error error;
    // The input ended the session's state (os.Exit, a fatal error, a limit
    // that stopped another goroutine): the session started afresh.
    bool stateLost = false;
    // The input called os.Exit(exitCode) (and stateLost is set).
    bool exited = false;
    int exitCode = 0;
};

struct TypeReport {
    std::vector<std::string> types;  // one for each value of the expression
    Error error;
};

struct SessionVariable {
    std::string name;
    std::string type;
};

// An interactive session: each input is a script (statements and
// declarations: var, const, type, func, methods, import) compiled and run
// against everything the earlier inputs declared, which stays: their
// variables keep their values, and goroutines they started keep running
// whenever a later input runs (and between inputs, with runInBackground). Declaring a name again replaces it for the
// inputs after. An expression statement at an input's top level is not an
// error: its values are shown (EvalResult::values). An input that fails to
// compile changes nothing; one that panics or is interrupted keeps what it
// did, but not the names it declared. Limits apply to each input.
class GOS_API Session {
public:
    explicit Session(Config config = {});
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    EvalResult eval(std::string_view input);
    // The static types of an expression, without running it.
    TypeReport typeOf(std::string_view expr);
    // Names that complete prefix: the session's, the universe's and the
    // packages'; "strings.Rep" completes among a package's members.
    std::vector<std::string> completions(std::string_view prefix);
    // A declaration by name ("strings.Repeat", or one of the session's):
    // "func strings.Repeat(string, int) string"; empty if unknown.
    std::string describe(std::string_view name);
    // The bytecode of the session's latest function of that name.
    std::string disassemble(std::string_view function);
    // The session's package-level variables, by name.
    std::vector<SessionVariable> variables();
    // Ends the input running (from any thread); the session stays.
    void interrupt();
    // With on, the goroutines inputs started also run while no call of
    // this session is going on (a REPL waiting at its prompt): on the
    // session's thread, between the host's calls, which each wait at most
    // a couple of milliseconds for them to stop. Their output reaches the
    // sinks then, from that thread. A panic or fatal error there ends the
    // state; the next eval says so (stateLost). Off by default.
    void runInBackground(bool on);
    // Forgets every input: a new, empty session.
    void reset();
    const Config& config() const;

    // Whether input can end here: false while a bracket, a block, a raw
    // string or a comment is open (a REPL then reads another line).
    static bool complete(std::string_view input);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// ---- tooling: what `gos check` offers ----

struct CheckOptions {
    bool syntaxOnly = false;  // parse only
    bool printTree = false;   // CheckReport::tree: the syntax tree
    bool escapes = false;     // CheckReport::escapes: "moved to heap: x" lines
};

struct CheckReport {
    Error error;          // Compile (or Io) when the source has errors
    std::string tree;     // with printTree
    std::string escapes;  // with escapes
};

GOS_API CheckReport checkSource(std::string_view name, std::string_view source, const CheckOptions& options = {});
// Reads a file ("-": standard input) for check or compile; false and why
// when it cannot.
GOS_API bool readSource(const std::string& path, std::string& text, std::string& why);

}  // namespace gos
