// A host embedding gos through its C++ API: runs each script named on the
// command line with a two-second time limit, its output prefixed by the
// script's name, and reports how each run ended.
//
//   cmake -S examples/embed -B /tmp/embed && cmake --build /tmp/embed
//   /tmp/embed/host script.gs...
#include <gos/gos.hpp>

#include <chrono>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
    int failures = 0;
    for (int k = 1; k < argc; ++k) {
        std::string name = argv[k];
        gos::Config config;
        config.stdoutSink = [&](std::string_view s) { std::cout << "[" << name << "] " << s; };
        config.stderrSink = [&](std::string_view s) { std::cerr << s; };
        config.args = {name};
        config.limits.timeout = std::chrono::seconds(2);
        gos::Runtime rt(config);
        gos::Compiled c = rt.compileFile(name);
        if (!c.script) {
            std::cerr << c.error.report;
            ++failures;
            continue;
        }
        gos::RunResult r = rt.run(*c.script);
        if (r.error) {
            std::cout << name << ": " << r.error.message << " (exit status " << r.exitStatus << ")\n";
            ++failures;
        }
    }
    std::cout << "gos " << gos::version() << ": " << argc - 1 - failures << " of " << argc - 1 << " scripts ran\n";
    return failures == 0 ? 0 : 1;
}
