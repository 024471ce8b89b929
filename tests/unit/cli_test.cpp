// Unit tests of the command line, driven in-process through runCli.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.h"

namespace {

struct Run {
    int status;
    std::string out, err;
};

Run run(std::vector<const char*> args) {
    args.insert(args.begin(), "gos");
    std::ostringstream out, err;
    int status = gos::runCli(static_cast<int>(args.size()), args.data(), out, err);
    return {status, out.str(), err.str()};
}

std::string tempFile(const std::string& name, const std::string& text) {
    std::string path = std::string(P_tmpdir) + "/gos_cli_test_" + name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

}  // namespace

TEST_CASE("help, version and usage errors") {
    Run help = run({"help"});
    CHECK(help.status == 0);
    CHECK(help.out.find("gos check") != std::string::npos);
    CHECK(run({"--help"}).status == 0);

    Run version = run({"version"});
    CHECK(version.status == 0);
    CHECK(version.out.rfind("gos version ", 0) == 0);

    Run none = run({});
    CHECK(none.status == 2);
    CHECK(none.err.find("Usage") != std::string::npos);

    Run bogus = run({"frobnicate"});
    CHECK(bogus.status == 2);
    CHECK(bogus.err == "gos: unknown command \"frobnicate\"\nRun 'gos help' for usage.\n");

    CHECK(run({"check"}).status == 2);
    CHECK(run({"check", "--nope", "x.gs"}).status == 2);
}

TEST_CASE("check reports errors with positions and exit status 1") {
    std::string good = tempFile("good.gs", "x := 1\nfmt.Println(x)\n");
    std::string bad = tempFile("bad.go", "package p\nfunc f() {\n\tx := 1 y\n}\n");
    CHECK(run({"check", good.c_str()}).status == 0);

    Run r = run({"check", bad.c_str()});
    CHECK(r.status == 1);
    CHECK(r.err == bad + ":3:9: syntax error: unexpected y at end of statement\n");

    Run both = run({"check", "--syntax", good.c_str(), bad.c_str()});
    CHECK(both.status == 1);

    Run missing = run({"check", "/nonexistent/file.gs"});
    CHECK(missing.status == 1);
    CHECK(missing.err == "gos: cannot read /nonexistent/file.gs\n");
    std::remove(good.c_str());
    std::remove(bad.c_str());
}

TEST_CASE("check --ast prints the tree") {
    std::string f = tempFile("ast.gs", "x := 1\n");
    Run r = run({"check", "--ast", f.c_str()});
    CHECK(r.status == 0);
    CHECK(r.out == "File script\n  AssignStmt 1:3 :=\n    lhs: Ident 1:1 x\n    rhs: BasicLit 1:6 INT 1\n");
    std::remove(f.c_str());
}
