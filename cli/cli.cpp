#include "cli/cli.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/pipeline.h"
#include "parser/ast_printer.h"
#include "parser/parse.h"
#include "support/stack.h"
#include "vm/vm.h"

namespace gos {

namespace {

constexpr const char* kUsage =
    "gos is a runtime for Go scripts.\n"
    "\n"
    "Usage:\n"
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
    "\n"
    "check: -m reports the variables moved to the heap; --syntax only parses;\n"
    "--ast prints the syntax tree.\n";

// Reads a source file (or standard input for "-"); on failure, why.
bool readFile(const std::string& path, std::string& text, std::string& why) {
    constexpr size_t kMaxSourceBytes = size_t(1) << 30;
    std::ifstream file;
    std::istream* in = &std::cin;
    if (path != "-") {
        struct stat st;
        if (stat(path.c_str(), &st) != 0) {
            why = std::strerror(errno);
            return false;
        }
        if (S_ISDIR(st.st_mode)) {
            why = "is a directory";
            return false;
        }
        file.open(path, std::ios::binary);
        if (!file) {
            why = std::strerror(errno);
            return false;
        }
        in = &file;
    }
    char buf[1 << 16];
    while (in->read(buf, sizeof buf) || in->gcount() > 0) {
        if (text.size() + static_cast<size_t>(in->gcount()) > kMaxSourceBytes) {
            why = "file too large";
            return false;
        }
        text.append(buf, static_cast<size_t>(in->gcount()));
    }
    if (in->bad()) {
        why = "read error";
        return false;
    }
    return true;
}

int usageError(std::ostream& err, const std::string& message) {
    err << "gos: " << message << "\n"
        << "Run 'gos help' for usage.\n";
    return 2;
}

// Prints diagnostics as gc does: sorted, at most ten, then "too many errors".
void printDiagnostics(const Diagnostics& diags, std::ostream& err) {
    std::string text = diags.format();
    size_t pos = 0;
    int count = 0;
    std::string lastLine;
    while (pos < text.size()) {
        // an entry is a line plus its tab-indented continuation lines
        size_t end = text.find('\n', pos);
        while (end != std::string::npos && end + 1 < text.size() && text[end + 1] == '\t') end = text.find('\n', end + 1);
        std::string entry = text.substr(pos, end == std::string::npos ? std::string::npos : end + 1 - pos);
        pos = end == std::string::npos ? text.size() : end + 1;
        if (count == 10) {
            err << lastLine.substr(0, lastLine.find(": ") + 2) << "too many errors\n";
            return;
        }
        err << entry;
        lastLine = entry;
        ++count;
    }
}

bool loadSource(const std::string& path, std::unique_ptr<SourceFile>& source, std::ostream& err) {
    std::string text, why;
    if (!readFile(path, text, why)) {
        err << "gos: cannot read " << path << ": " << why << "\n";
        return false;
    }
    source = std::make_unique<SourceFile>(path == "-" ? "<stdin>" : path, std::move(text));
    return true;
}

int checkCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    bool printAst = false, syntaxOnly = false, escapes = false;
    std::vector<std::string> files;
    bool flagsDone = false;
    for (const std::string& a : args) {
        if (!flagsDone && a == "--") {
            flagsDone = true;
        } else if (!flagsDone && a == "--ast") {
            printAst = true;
        } else if (!flagsDone && a == "--syntax") {
            syntaxOnly = true;
        } else if (!flagsDone && a == "-m") {
            escapes = true;
        } else if (!flagsDone && a.size() > 1 && a[0] == '-') {
            return usageError(err, "check: unknown flag " + a);
        } else {
            files.push_back(a);
        }
    }
    if (files.empty()) return usageError(err, "check: no files given");

    int status = 0;
    for (const std::string& path : files) {
        std::unique_ptr<SourceFile> source;
        if (!loadSource(path, source, err)) {
            status = 1;
            continue;
        }
        Diagnostics diags(source->name());
        Compilation c = compileSource(*source, diags, syntaxOnly);
        if (!diags.empty()) {
            printDiagnostics(diags, err);
            status = 1;
        }
        if (printAst && c.ast) {
            try {
                out << ast::printTree(c.ast->file);
            } catch (const support::NestingTooDeep& n) {
                err << source->name() << ":" << n.line << ":" << n.col << ": too deeply nested\n";
                status = 1;
            }
        }
        if (escapes && c.info) {
            Diagnostics report(source->name());
            for (auto& [pos, msg] : c.info->escapes) report.error(pos, msg);
            out << report.format();
        }
    }
    return status;
}

int disasm(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.size() != 1) return usageError(err, "disasm: want exactly one file");
    std::unique_ptr<SourceFile> source;
    if (!loadSource(args[0], source, err)) return 1;
    Diagnostics diags(source->name());
    Compilation c = compileSource(*source, diags);
    if (!c.ok) {
        printDiagnostics(diags, err);
        return 1;
    }
    for (const auto& f : c.program->functions) out << vm::disassemble(*c.program, *f) << "\n";
    return 0;
}

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.empty()) return usageError(err, "run: no file given");
    std::unique_ptr<SourceFile> source;
    if (!loadSource(args[0], source, err)) return 1;
    Diagnostics diags(source->name());
    Compilation c = compileSource(*source, diags);
    if (!c.ok) {
        printDiagnostics(diags, err);
        return 1;
    }
    vm::VMConfig config;
    config.writeStdout = [&out](std::string_view s) { out.write(s.data(), static_cast<std::streamsize>(s.size())); };
    config.writeStderr = [&out, &err](std::string_view s) {
        out.flush();
        err.write(s.data(), static_cast<std::streamsize>(s.size()));
    };
    config.args.assign(args.begin(), args.end());
    if (const char* stress = std::getenv("GOSGCSTRESS")) config.gcStressEvery = std::strtoull(stress, nullptr, 10);
    if (const char* race = std::getenv("GOSMAPRACE")) config.detectMapRaces = std::string_view(race) != "0";
    vm::VM machine(*c.program, std::move(config));
    int status = machine.run();
    out.flush();
    return status;
}

int command(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    if (argc < 2) {
        err << kUsage;
        return 2;
    }
    std::string cmd = argv[1];
    std::vector<std::string> args(argv + 2, argv + argc);
    if (cmd == "help" || cmd == "--help" || cmd == "-h") {
        out << kUsage;
        return 0;
    }
    if (cmd == "version" || cmd == "--version") {
        out << "gos version " << GOS_VERSION << " (Go 1.19 language)\n";
        return 0;
    }
    if (cmd == "check") return checkCommand(args, out, err);
    if (cmd == "run") return run(args, out, err);
    if (cmd == "disasm") return disasm(args, out, err);
    return usageError(err, "unknown command \"" + cmd + "\"");
}

}  // namespace

// Compilation and execution run on a large stack of their own, so that the
// programs Go accepts compile and run however deeply they nest (support/stack.h).
int runCli(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    int status = 0;
    support::runOnLargeStack([&] { status = command(argc, argv, out, err); });
    return status;
}

}  // namespace gos
