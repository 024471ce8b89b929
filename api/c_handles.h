// The C API's handles (gos.h's opaque types) and what its two files
// share: each handle owns the C++ object it stands for.
#pragma once

#include <gos/gos.h>
#include <gos/gos.hpp>

#include <memory>
#include <new>
#include <string>
#include <vector>

struct gos_config {
    gos::Config config;
};

struct gos_runtime {
    explicit gos_runtime(gos::Config c) : rt(std::move(c)) {}
    gos::Runtime rt;
};

struct gos_script {
    std::shared_ptr<const gos::Script> script;
};

struct gos_session {
    explicit gos_session(gos::Config c) : session(std::move(c)) {}
    gos::Session session;
};

struct gos_result {
    gos_kind kind = GOS_OK;
    int exitStatus = 0;
    gos::Error error;
    std::vector<gos::Value> values;      // a call's results
    std::vector<gos::ShownValue> shown;  // what a session's input showed
    bool stateLost = false;
};

// gos_value is never defined: a gos_value* is a gos::Value* cast, so that a
// value inside another (a slice's element) is handed out without a copy.
struct gos_package {
    gos::Package p;
};

inline gos_kind kindOf(gos::ErrorKind k) {
    switch (k) {
        case gos::ErrorKind::None: return GOS_OK;
        case gos::ErrorKind::Io: return GOS_IO;
        case gos::ErrorKind::Compile: return GOS_COMPILE;
        case gos::ErrorKind::Panic: return GOS_PANIC;
        case gos::ErrorKind::Fatal: return GOS_FATAL;
        case gos::ErrorKind::StepLimit: return GOS_STEP_LIMIT;
        case gos::ErrorKind::TimeLimit: return GOS_TIME_LIMIT;
        case gos::ErrorKind::Interrupted: return GOS_INTERRUPTED;
        case gos::ErrorKind::GoroutineLimit: return GOS_GOROUTINE_LIMIT;
        case gos::ErrorKind::StackLimit: return GOS_STACK_LIMIT;
        case gos::ErrorKind::Call: return GOS_CALL;
        case gos::ErrorKind::HeapLimit: return GOS_HEAP_LIMIT;
    }
    return GOS_FATAL;
}

inline gos_result* makeResult(const gos::Error& error, int exitStatus) {
    auto* r = new (std::nothrow) gos_result;
    if (!r) return nullptr;
    r->kind = kindOf(error.kind);
    r->exitStatus = exitStatus;
    r->error = error;
    return r;
}

inline gos_result* badArgument(const char* what) {
    auto* r = new (std::nothrow) gos_result;
    if (!r) return nullptr;
    r->kind = GOS_BAD_ARGUMENT;
    r->exitStatus = 2;
    r->error.message = std::string("gos: ") + what;
    r->error.report = r->error.message + "\n";
    return r;
}

inline gos_result* outOfMemory() {
    gos::Error e;
    e.kind = gos::ErrorKind::Fatal;
    e.message = "fatal error: runtime: out of memory";
    return makeResult(e, 2);
}
