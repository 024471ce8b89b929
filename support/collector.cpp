#include "support/collector.h"

// pthread_create below is the system's, not the collector's wrapper: the
// starter thread is registered by GC_INIT.
#define GC_THREADS
#define GC_NO_THREAD_REDIRECTS
#include <gc/gc.h>
#include <pthread.h>
#include <unistd.h>

#include <future>
#include <mutex>

namespace gos::support {

namespace {

void GC_CALLBACK ignoreWarning(char*, GC_word) {}

// The thread that starts the collector. GC_INIT makes the thread calling
// it the collector's first thread, registered for good: were that a thread
// that ends (a host's worker, one of the library's), the collector would
// keep signalling its id, which the system reuses for a new thread, and
// stopping the world would fail ("Signals delivery fails constantly") once
// other threads allocate. So the collector is started on a thread of its
// own that never ends, and does nothing but answer the collector's signals.
void* starter(void* arg) {
    auto* started = static_cast<std::promise<void>*>(arg);
    GC_INIT();
    GC_allow_register_threads();
    GC_set_warn_proc(ignoreWarning);
    started->set_value();
    for (;;) pause();
}

}  // namespace

void initCollector() {
    static std::once_flag once;
    std::call_once(once, [] {
        std::promise<void> started;
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        pthread_t thread;
        if (pthread_create(&thread, &attr, starter, &started) == 0) {
            started.get_future().wait();
        } else {
            GC_INIT();  // no thread to be had: the caller's, then
            GC_allow_register_threads();
            GC_set_warn_proc(ignoreWarning);
        }
        pthread_attr_destroy(&attr);
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
