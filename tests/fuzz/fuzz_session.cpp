// fuzz_session — libFuzzer target for sessions (gos::Session, the REPL's
// engine): the input is fed to a session line by line as the REPL feeds
// it, each input evaluated once Session::complete says it is whole. So a
// program's declarations, statements and expressions arrive one input at a
// time against what the earlier ones declared, redeclared names replace
// earlier ones, failed inputs must leave the session usable, and every
// few inputs the session is asked what the REPL's commands ask (typeOf,
// completions, describe, variables).
//
// Limits as fuzz_run's, per input: 200,000 steps, a 16 MB stack, no map
// race detector; a wall-clock limit of 200 ms per input stands in for
// fuzz_run's virtual time (the public API has none), so a program that
// sleeps costs at most that. The collector's heap is capped as in fuzz_run.
#include <gc/gc.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <new>
#include <string>
#include <string_view>

#include <gos/gos.hpp>

#include "support/collector.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    size_t mb = 256;
    if (const char* env = std::getenv("GOS_FUZZ_MAX_HEAP_MB")) mb = std::strtoull(env, nullptr, 10);
    gos::support::initCollector();
    if (mb) GC_set_max_heap_size(mb << 20);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    gos::Config config;
    config.limits.maxSteps = 200000;
    config.limits.maxStackBytes = size_t(16) << 20;
    config.limits.timeout = std::chrono::milliseconds(200);
    config.detectMapRaces = false;
    config.args = {"fuzz"};
    std::unique_ptr<gos::Session> made;
    try {
        made = std::make_unique<gos::Session>(config);
    } catch (const std::bad_alloc&) {
        return 0;  // the capped heap had no room for a session: out of memory, a normal end
    }
    gos::Session& session = *made;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    std::string input;
    int inputs = 0;
    while (!text.empty()) {
        size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
        input += input.empty() ? std::string(line) : "\n" + std::string(line);
        if (!gos::Session::complete(input) && !text.empty()) continue;
        gos::EvalResult r = session.eval(input);
        if (++inputs % 8 == 0 || r.error) {
            // what the REPL's commands ask, about what the input named
            std::string word;
            for (char c : input) {
                if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.') word += c;
                else if (!word.empty()) break;
            }
            (void)session.typeOf(word.empty() ? input : word);
            (void)session.completions(word);
            (void)session.describe(word);
            (void)session.variables();
        }
        input.clear();
    }
    return 0;
}
