#include "cli/cli.h"

#include <cstdlib>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <gos/gos.hpp>

namespace gos {

namespace {

constexpr const char* kUsage =
    "gos is a runtime for Go scripts.\n"
    "\n"
    "Usage:\n"
    "  gos                                       the REPL on a terminal; else run\n"
    "                                            standard input as a script\n"
    "  gos repl                                  the REPL (:help inside lists its commands)\n"
    "  gos run FILE [ARG...]                     compile and run a .gs or .go file\n"
    "  gos check [-m] [--syntax] [--ast] FILE... check Go source files\n"
    "  gos disasm FILE                           print the bytecode of a file\n"
    "  gos version                               print the version\n"
    "  gos help                                  print this help\n"
    "\n"
    "A file without a package clause is a script: its top-level statements run\n"
    "in order, and standard packages need no import. A FILE of - reads standard\n"
    "input. Errors print as file:line:col: message.\n"
    "\n"
    "Exit status: 0; 1 after compile errors; 2 after a panic or fatal error;\n"
    "the code given to os.Exit.\n"
    "\n"
    "Environment: GOSMAPRACE=0 turns off the detection of goroutines using a\n"
    "map without synchronisation (fatal error: concurrent map writes).\n"
    "GOSMAPSEED=n fixes map seeds, map order and select's choices, so that a\n"
    "run repeats exactly.\n"
    "\n"
    "check: -m reports the variables moved to the heap; --syntax only parses;\n"
    "--ast prints the syntax tree.\n";

int usageError(std::ostream& err, const std::string& message) {
    err << "gos: " << message << "\n"
        << "Run 'gos help' for usage.\n";
    return 2;
}

// Reads a file for check ("-": standard input), or says why it cannot.
bool load(const std::string& path, std::string& text, std::ostream& err) {
    std::string why;
    if (readSource(path, text, why)) return true;
    err << "gos: cannot read " << path << ": " << why << "\n";
    return false;
}

int checkCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    CheckOptions options;
    std::vector<std::string> files;
    bool flagsDone = false;
    for (const std::string& a : args) {
        if (!flagsDone && a == "--") {
            flagsDone = true;
        } else if (!flagsDone && a == "--ast") {
            options.printTree = true;
        } else if (!flagsDone && a == "--syntax") {
            options.syntaxOnly = true;
        } else if (!flagsDone && a == "-m") {
            options.escapes = true;
        } else if (!flagsDone && a.size() > 1 && a[0] == '-') {
            return usageError(err, "check: unknown flag " + a);
        } else {
            files.push_back(a);
        }
    }
    if (files.empty()) return usageError(err, "check: no files given");

    int status = 0;
    for (const std::string& path : files) {
        std::string text;
        if (!load(path, text, err)) {
            status = 1;
            continue;
        }
        CheckReport report = checkSource(path == "-" ? "<stdin>" : path, text, options);
        if (report.error) {
            err << report.error.report;
            status = 1;
        }
        out << report.tree << report.escapes;
    }
    return status;
}

// Compiles a file for run and disasm; prints why it could not.
std::shared_ptr<const Script> compileFile(Runtime& rt, const std::string& path, std::ostream& err) {
    Compiled c = rt.compileFile(path);
    if (c.error.kind == ErrorKind::Io) err << "gos: " << c.error.message << "\n";
    else if (c.error) err << c.error.report;
    return c.script;
}

int disasm(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.size() != 1) return usageError(err, "disasm: want exactly one file");
    Runtime rt;
    std::shared_ptr<const Script> script = compileFile(rt, args[0], err);
    if (!script) return 1;
    out << script->disassembly();
    return 0;
}

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.empty()) return usageError(err, "run: no file given");
    Config config;
    config.stdoutSink = [&out](std::string_view s) { out.write(s.data(), static_cast<std::streamsize>(s.size())); };
    config.stderrSink = [&out, &err](std::string_view s) {
        out.flush();
        err.write(s.data(), static_cast<std::streamsize>(s.size()));
    };
    config.args.assign(args.begin(), args.end());
    if (const char* stress = std::getenv("GOSGCSTRESS")) config.gcStressEvery = std::strtoull(stress, nullptr, 10);
    if (const char* race = std::getenv("GOSMAPRACE")) config.detectMapRaces = std::string_view(race) != "0";
    // GOSMAPSEED=n: map seeds, iteration order and select's choices follow from n
    if (const char* seed = std::getenv("GOSMAPSEED")) config.seed = std::strtoull(seed, nullptr, 10);
    Runtime rt(config);
    std::shared_ptr<const Script> script = compileFile(rt, args[0], err);
    if (!script) return 1;
    RunResult result = rt.run(*script);
    out.flush();
    return result.exitStatus;
}

int command(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    if (argc < 2) {
        if (stdinIsTerminal()) return runRepl(true, out, err);
        const char* script[] = {"-"};
        return run({script, script + 1}, out, err);
    }
    std::string cmd = argv[1];
    std::vector<std::string> args(argv + 2, argv + argc);
    if (cmd == "help" || cmd == "--help" || cmd == "-h") {
        out << kUsage;
        return 0;
    }
    if (cmd == "version" || cmd == "--version") {
        out << "gos version " << version() << " (Go 1.19 language)\n";
        return 0;
    }
    if (cmd == "check") return checkCommand(args, out, err);
    if (cmd == "run") return run(args, out, err);
    if (cmd == "disasm") return disasm(args, out, err);
    if (cmd == "repl") {
        if (!args.empty()) return usageError(err, "repl: takes no arguments");
        return runRepl(stdinIsTerminal(), out, err);
    }
    return usageError(err, "unknown command \"" + cmd + "\"");
}

}  // namespace

// The gos command is a host of the public API like any other: the
// library compiles and runs on a large stack of its own.
int runCli(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    return command(argc, argv, out, err);
}

}  // namespace gos
