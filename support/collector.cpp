#include "support/collector.h"

#define GC_THREADS
#include <gc/gc.h>

#include <mutex>

namespace gos::support {

namespace {

void GC_CALLBACK ignoreWarning(char*, GC_word) {}

}  // namespace

void initCollector() {
    static std::once_flag once;
    std::call_once(once, [] {
        GC_INIT();
        GC_allow_register_threads();
        GC_set_warn_proc(ignoreWarning);
    });
}

CollectorThread::CollectorThread() {
    initCollector();
    if (GC_thread_is_registered()) return;
    GC_stack_base base;
    if (GC_get_stack_base(&base) != GC_SUCCESS) return;
    registered_ = GC_register_my_thread(&base) == GC_SUCCESS;
}

CollectorThread::~CollectorThread() {
    if (registered_) GC_unregister_my_thread();
}

}  // namespace gos::support
