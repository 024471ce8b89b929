// The C API (include/gos/gos.h) over the C++ one: configurations,
// runtimes, compilation, runs and results. Handles own C++ objects
// (c_handles.h), and a guard around every entry point keeps exceptions out
// of C (an allocation failure becomes a NULL handle or a GOS_FATAL result).
// Values, calls and host packages are in c_values.cpp.
#include <gos/gos.h>

#include <functional>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include <gos/gos.hpp>

#include "api/c_handles.h"

#include <system_error>

namespace {

std::function<void(std::string_view)> sink(gos_write_fn fn, void* context) {
    if (!fn) return {};
    return [fn, context](std::string_view s) { fn(context, s.data(), s.size()); };
}

}  // namespace

extern "C" {

const char* gos_version(void) { return gos::version(); }

gos_config* gos_config_new(void) { return new (std::nothrow) gos_config; }
void gos_config_free(gos_config* config) { delete config; }

void gos_config_set_stdout(gos_config* config, gos_write_fn fn, void* context) {
    if (config) config->config.stdoutSink = sink(fn, context);
}
void gos_config_set_stderr(gos_config* config, gos_write_fn fn, void* context) {
    if (config) config->config.stderrSink = sink(fn, context);
}
void gos_config_set_args(gos_config* config, int argc, const char* const* argv) {
    if (!config) return;
    try {
        config->config.args.clear();
        for (int k = 0; k < argc && argv; ++k) config->config.args.emplace_back(argv[k] ? argv[k] : "");
    } catch (const std::bad_alloc&) {
        config->config.args.clear();
    }
}
void gos_config_set_environment(gos_config* config, const char* const* entries, size_t n) {
    if (!config) return;
    try {
        std::vector<std::string> env;
        for (size_t k = 0; k < n && entries; ++k)
            if (entries[k]) env.emplace_back(entries[k]);
        config->config.environment = std::move(env);
    } catch (const std::bad_alloc&) {
        config->config.environment = std::vector<std::string>{};
    }
}
void gos_config_set_seed(gos_config* config, uint64_t seed) {
    if (config) config->config.seed = seed;
}
void gos_config_set_source_loader(gos_config* config, gos_load_fn fn, void* context) {
    if (!config) return;
    if (!fn) {
        config->config.sourceLoader = nullptr;
        return;
    }
    config->config.sourceLoader = [fn, context](const std::string& path, std::string& text, std::string& why) {
        size_t length = 0;
        const char* found = fn(context, path.c_str(), &length);
        if (!found) {
            why = "no such file";
            return false;
        }
        text.assign(found, length);
        return true;
    };
}
void gos_config_set_max_steps(gos_config* config, uint64_t steps) {
    if (config) config->config.limits.maxSteps = steps;
}
void gos_config_set_max_stack_bytes(gos_config* config, uint64_t bytes) {
    if (config) config->config.limits.maxStackBytes = bytes;
}
void gos_config_set_timeout_ms(gos_config* config, uint64_t milliseconds) {
    if (config) config->config.limits.timeout = std::chrono::milliseconds(milliseconds);
}
void gos_config_set_max_goroutines(gos_config* config, uint64_t goroutines) {
    if (config) config->config.limits.maxGoroutines = goroutines;
}
void gos_config_set_max_heap_bytes(gos_config* config, uint64_t bytes) {
    if (config) config->config.limits.maxHeapBytes = bytes;
}
void gos_config_set_detect_map_races(gos_config* config, int on) {
    if (config) config->config.detectMapRaces = on != 0;
}

gos_runtime* gos_runtime_new(const gos_config* config) {
    try {
        return new gos_runtime(config ? config->config : gos::Config{});
    } catch (const std::bad_alloc&) {
        return nullptr;
    }
}
void gos_runtime_free(gos_runtime* runtime) { delete runtime; }
void gos_runtime_interrupt(gos_runtime* runtime) {
    if (runtime) runtime->rt.interrupt();
}

static gos_result* finishCompile(gos::Compiled c, gos_script** script) {
    if (c.script) {
        auto* s = new gos_script{std::move(c.script)};
        *script = s;
    }
    return makeResult(c.error, c.error ? 1 : 0);
}

gos_result* gos_compile(gos_runtime* runtime, const char* name, const char* source, size_t length,
                        gos_script** script) {
    if (script) *script = nullptr;
    if (!runtime || !script || (!source && length > 0)) return badArgument("gos_compile: a NULL argument");
    try {
        return finishCompile(runtime->rt.compile(name ? name : "script.gs", std::string_view(source ? source : "", length)),
                             script);
    } catch (const std::bad_alloc&) {
        return outOfMemory();
    }
}

gos_result* gos_compile_file(gos_runtime* runtime, const char* path, gos_script** script) {
    if (script) *script = nullptr;
    if (!runtime || !path || !script) return badArgument("gos_compile_file: a NULL argument");
    try {
        return finishCompile(runtime->rt.compileFile(path), script);
    } catch (const std::bad_alloc&) {
        return outOfMemory();
    }
}

void gos_script_free(gos_script* script) { delete script; }

gos_result* gos_run(gos_runtime* runtime, const gos_script* script) {
    if (!runtime || !script || !script->script) return badArgument("gos_run: a NULL argument");
    try {
        gos::RunResult r = runtime->rt.run(*script->script);
        return makeResult(r.error, r.exitStatus);
    } catch (const std::bad_alloc&) {
        return outOfMemory();
    }
}

gos_kind gos_result_kind(const gos_result* result) { return result ? result->kind : GOS_BAD_ARGUMENT; }
int gos_result_exit_status(const gos_result* result) { return result ? result->exitStatus : 2; }
const char* gos_result_message(const gos_result* result) { return result ? result->error.message.c_str() : ""; }
const char* gos_result_report(const gos_result* result) { return result ? result->error.report.c_str() : ""; }
const char* gos_result_file(const gos_result* result) { return result ? result->error.file.c_str() : ""; }
int gos_result_line(const gos_result* result) { return result ? result->error.line : 0; }
int gos_result_column(const gos_result* result) { return result ? result->error.column : 0; }
void gos_result_free(gos_result* result) { delete result; }

gos_session* gos_session_new(const gos_config* config) {
    try {
        return new gos_session(config ? config->config : gos::Config{});
    } catch (const std::bad_alloc&) {
        return nullptr;
    }
}
void gos_session_free(gos_session* session) { delete session; }
void gos_session_interrupt(gos_session* session) {
    if (session) session->session.interrupt();
}
void gos_session_reset(gos_session* session) {
    if (!session) return;
    try {
        session->session.reset();
    } catch (const std::bad_alloc&) {
    }
}
void gos_session_run_in_background(gos_session* session, int on) {
    if (!session) return;
    try {
        session->session.runInBackground(on != 0);
    } catch (const std::system_error&) {
        // no thread could be made: the goroutines run when inputs run
    }
}
int gos_session_complete(const char* input, size_t length) {
    return gos::Session::complete(std::string_view(input ? input : "", input ? length : 0)) ? 1 : 0;
}

gos_result* gos_session_eval(gos_session* session, const char* input, size_t length) {
    if (!session || (!input && length > 0)) return badArgument("gos_session_eval: a NULL argument");
    try {
        gos::EvalResult e = session->session.eval(std::string_view(input ? input : "", length));
        gos_result* r = makeResult(e.error, e.exited ? e.exitCode : e.error ? 2 : 0);
        if (!r) return nullptr;
        r->shown = std::move(e.values);
        r->stateLost = e.stateLost;
        return r;
    } catch (const std::bad_alloc&) {
        return outOfMemory();
    }
}

size_t gos_result_shown_count(const gos_result* result) { return result ? result->shown.size() : 0; }
const char* gos_result_shown_text(const gos_result* result, size_t i) {
    return result && i < result->shown.size() ? result->shown[i].text.c_str() : "";
}
const char* gos_result_shown_type(const gos_result* result, size_t i) {
    return result && i < result->shown.size() ? result->shown[i].type.c_str() : "";
}
int gos_result_state_lost(const gos_result* result) { return result && result->stateLost ? 1 : 0; }

}  // extern "C"
