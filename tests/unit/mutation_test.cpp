// Robustness of the front end: thousands of random byte-level mutations of
// real Go files must each give a tree or positioned errors, never a crash
// or a hang. The seeds are the Go distribution's sources when they are
// installed, and this repository's own Go files otherwise.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "api/pipeline.h"
#include "vm/vm.h"
#include "parser/parse.h"

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> seedFiles(size_t limit) {
    std::vector<fs::path> roots;
    if (const char* goroot = std::getenv("GOROOT")) roots.emplace_back(fs::path(goroot) / "src");
    for (const char* dir : {"/usr/lib/go/src", "/usr/lib/go-1.19/src", "/usr/local/go/src"}) roots.emplace_back(dir);
    const char* src = std::getenv("GOS_SOURCE_DIR");
    roots.emplace_back(fs::path(src ? src : GOS_SOURCE_DIR_DEFAULT) / "tests");

    std::vector<fs::path> files;
    for (const fs::path& root : roots) {
        std::error_code ec;
        if (!fs::is_directory(root, ec)) continue;
        for (auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied, ec);
             it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (ec) break;
            if (it->is_regular_file(ec) && it->path().extension() == ".go") files.push_back(it->path());
        }
        if (files.size() >= limit * 4) break;
    }
    std::sort(files.begin(), files.end());
    // an even spread over the tree, not just its first directory
    std::vector<fs::path> picked;
    size_t step = std::max<size_t>(1, files.size() / limit);
    for (size_t i = 0; i < files.size() && picked.size() < limit; i += step) picked.push_back(files[i]);
    return picked;
}

std::string mutate(std::string text, std::mt19937& rng) {
    static const std::string kBytes = "{}()[];,.:=+-*/<>!&|^~\"'`\\\n\t 0xeE_.9aZ\xc3\xa9\xff\x00";
    auto pick = [&](size_t n) { return n ? std::uniform_int_distribution<size_t>(0, n - 1)(rng) : 0; };
    int edits = 1 + static_cast<int>(pick(4));
    for (int e = 0; e < edits && !text.empty(); ++e) {
        size_t at = pick(text.size());
        size_t len = 1 + pick(std::min<size_t>(24, text.size() - at));
        switch (pick(5)) {
            case 0: text[at] = kBytes[pick(kBytes.size())]; break;
            case 1: text.erase(at, len); break;
            case 2: text.insert(at, text.substr(at, len)); break;
            case 3: text.insert(at, 1, kBytes[pick(kBytes.size())]); break;
            default: text.resize(at); break;
        }
    }
    return text;
}

}  // namespace

TEST_CASE("random mutations of Go files give trees or positioned errors") {
    std::vector<fs::path> seeds = seedFiles(300);
    REQUIRE(!seeds.empty());
    std::mt19937 rng(20261122);
    const int perFile = static_cast<int>(3000 / seeds.size()) + 1;
    int parsed = 0, rejected = 0;
    for (const fs::path& path : seeds) {
        std::ifstream in(path, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        const std::string original = ss.str();
        for (int i = 0; i < perFile; ++i) {
            gos::SourceFile file(path.filename().string(), mutate(original, rng));
            gos::Diagnostics diags(file.name());
            auto tree = gos::parseFile(file, diags);
            REQUIRE(tree != nullptr);
            ++parsed;
            if (!diags.empty()) ++rejected;
            for (const gos::Diagnostic& d : diags.sorted()) {
                CAPTURE(path.string());
                REQUIRE(d.pos.line >= 1);
                REQUIRE(d.pos.col >= 1);
                REQUIRE(!d.message.empty());
            }
        }
    }
    MESSAGE(parsed << " mutants of " << seeds.size() << " files, " << rejected << " with errors");
    CHECK(parsed >= 3000);
    CHECK(rejected > parsed / 2);  // the mutations do break files
}

// The whole front end (parser, checker, code generator) on mutants of the
// golden programs: every mutant compiles or gets positioned errors.
TEST_CASE("random mutations of golden programs compile or get positioned errors") {
    const char* src = std::getenv("GOS_SOURCE_DIR");
    if (!src) src = GOS_SOURCE_DIR_DEFAULT;
    std::vector<fs::path> files;
    for (auto& e : fs::recursive_directory_iterator(fs::path(src) / "tests" / "golden"))
        if (e.path().extension() == ".go" || e.path().extension() == ".gs") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    REQUIRE(!files.empty());
    // GOS_MUTATION_SEED=N explores other mutants (the default keeps CI reproducible)
    const char* seed = std::getenv("GOS_MUTATION_SEED");
    std::mt19937 rng(seed ? static_cast<unsigned>(std::strtoul(seed, nullptr, 10)) : 1122u);
    auto pick = [&](size_t n) { return n ? std::uniform_int_distribution<size_t>(0, n - 1)(rng) : 0; };
    int compiled = 0, rejected = 0;
    for (const fs::path& path : files) {
        std::ifstream in(path, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        const std::string original = ss.str();
        // split into lines for line-level edits, which keep most of a file valid
        std::vector<std::string> lines;
        for (size_t at = 0; at < original.size();) {
            size_t nl = original.find('\n', at);
            size_t end = nl == std::string::npos ? original.size() : nl + 1;
            lines.push_back(original.substr(at, end - at));
            at = end;
        }
        for (int i = 0; i < 12; ++i) {
            std::string text;
            if (i % 2 == 0 && !lines.empty()) {
                std::vector<std::string> l = lines;
                size_t k = pick(l.size());
                switch (pick(3)) {
                    case 0: l.erase(l.begin() + static_cast<long>(k)); break;
                    case 1: l.insert(l.begin() + static_cast<long>(k), l[pick(l.size())]); break;
                    default: std::swap(l[k], l[pick(l.size())]); break;
                }
                for (const std::string& s : l) text += s;
            } else {
                text = mutate(original, rng);
            }
            // GOS_MUTANT_DUMP=FILE keeps the mutant being compiled, to replay a crash
            if (const char* dump = std::getenv("GOS_MUTANT_DUMP")) std::ofstream(dump, std::ios::binary) << text;
            gos::SourceFile file(path.filename().string(), text);
            gos::Diagnostics diags(file.name());
            gos::Compilation c = gos::compileSource(file, diags);
            if (c.ok) {
                ++compiled;
                // and runs, within a step budget, to an exit status
                gos::vm::VMConfig config;
                config.maxSteps = 200000;
                // timers do not wait: a mutant that waits on a ticker
                // forever (its counter's n++ deleted) ends at the step limit
                config.virtualTime = true;
                config.args = {"mutant", "a", "b"};
                gos::vm::VM machine(*c.program, std::move(config));
                int status = machine.run();
                CHECK(status >= 0);
            } else {
                ++rejected;
            }
            CAPTURE(path.string());
            CHECK((c.ok || !diags.empty()));
            for (const gos::Diagnostic& d : diags.sorted()) {
                REQUIRE(d.pos.line >= 1);
                REQUIRE(!d.message.empty());
            }
        }
    }
    MESSAGE(compiled << " mutants compiled, " << rejected << " rejected");
    CHECK(rejected > 0);
}

// What the mutants above rely on: with virtual time, a program blocked
// forever beside a ticker nobody reads ends at the step limit (each timer's
// firing is a step), instead of running on without one.
TEST_CASE("virtual time: timers count against the step limit") {
    gos::SourceFile file("ticker.go",
                         "package main\n\nimport \"time\"\n\nfunc main() {\n"
                         "\tc := time.Tick(time.Millisecond)\n\t<-c\n\tvar block chan int\n\t<-block\n}\n");
    gos::Diagnostics diags(file.name());
    gos::Compilation c = gos::compileSource(file, diags);
    REQUIRE(c.ok);
    gos::vm::VMConfig config;
    config.maxSteps = 100000;
    config.virtualTime = true;
    std::string err;
    config.writeStderr = [&](std::string_view s) { err += s; };
    gos::vm::VM machine(*c.program, std::move(config));
    auto start = std::chrono::steady_clock::now();
    int status = machine.run();
    CHECK(status == 2);
    CHECK(machine.outcome().kind == gos::vm::Outcome::Kind::StepLimit);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
}
