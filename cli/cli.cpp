#include "cli/cli.h"

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "parser/ast_printer.h"
#include "parser/parse.h"

namespace gos {

namespace {

constexpr const char* kUsage =
    "gos is a runtime for Go scripts.\n"
    "\n"
    "Usage:\n"
    "  gos check [--syntax] [--ast] FILE...   check Go source files\n"
    "  gos version                           print the version\n"
    "  gos help                              print this help\n"
    "\n"
    "check reports errors as file:line:col: message and exits with status 1\n"
    "if there were any. --syntax parses only; --ast prints the syntax tree.\n"
    "A FILE of - reads standard input.\n";

bool readFile(const std::string& path, std::string& text) {
    if (path == "-") {
        std::ostringstream ss;
        ss << std::cin.rdbuf();
        text = ss.str();
        return true;
    }
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) return false;
    std::streamoff size = in.tellg();
    if (size < 0) return false;
    text.resize(static_cast<size_t>(size));
    in.seekg(0);
    return static_cast<bool>(in.read(text.data(), size));
}

int usageError(std::ostream& err, const std::string& message) {
    err << "gos: " << message << "\n"
        << "Run 'gos help' for usage.\n";
    return 2;
}

int check(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    bool printAst = false;
    std::vector<std::string> files;
    bool flagsDone = false;
    for (const std::string& a : args) {
        if (!flagsDone && a == "--") {
            flagsDone = true;
        } else if (!flagsDone && a == "--ast") {
            printAst = true;
        } else if (!flagsDone && a == "--syntax") {
            // Type checking is not part of gos yet: check is a syntax check.
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
        if (!readFile(path, text)) {
            err << "gos: cannot read " << path << "\n";
            status = 1;
            continue;
        }
        SourceFile source(path == "-" ? "<stdin>" : path, std::move(text));
        Diagnostics diags(source.name());
        ParseOptions options;
        options.allowScript = !(path.size() > 3 && path.compare(path.size() - 3, 3, ".go") == 0);
        auto tree = parseFile(source, diags, options);
        if (!diags.empty()) {
            err << diags.format();
            status = 1;
        }
        if (printAst) out << ast::printTree(tree->file);
    }
    return status;
}

}  // namespace

int runCli(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
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
    if (cmd == "check") return check(args, out, err);
    return usageError(err, "unknown command \"" + cmd + "\"");
}

}  // namespace gos
