#include "support/stack.h"

#include <pthread.h>

#include <condition_variable>
#include <cstdint>
#include <exception>
#include <mutex>
#include <utility>

#include "support/collector.h"

namespace gos::support {

namespace {

// The lowest address the calling thread's stack may use, found once per
// thread (0 when unknown: then nothing is ever reported exhausted).
uintptr_t stackLimit() {
    thread_local uintptr_t limit = [] {
        pthread_attr_t attr;
        if (pthread_getattr_np(pthread_self(), &attr) != 0) return uintptr_t(0);
        void* addr = nullptr;
        size_t size = 0, guard = 0;
        int rc = pthread_attr_getstack(&attr, &addr, &size);
        pthread_attr_getguardsize(&attr, &guard);
        pthread_attr_destroy(&attr);
        if (rc != 0 || !addr) return uintptr_t(0);
        return reinterpret_cast<uintptr_t>(addr) + guard;
    }();
    return limit;
}

struct Job {
    const std::function<void()>* fn;
    std::exception_ptr error;
};

void* runJob(void* arg) {
    auto* job = static_cast<Job*>(arg);
    CollectorThread known;  // a thread of the library's: known to the collector while it lives
    try {
        (*job->fn)();
    } catch (...) {
        job->error = std::current_exception();
    }
    return nullptr;
}

}  // namespace

thread_local uintptr_t fiberLimit = 0;

void setFiberStackLimit(uintptr_t limit) { fiberLimit = limit; }

bool stackExhausted() {
    uintptr_t here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
    uintptr_t limit = fiberLimit ? fiberLimit : stackLimit();
    return limit != 0 && here < limit + kStackReserve;
}

// The library's threads are made with the system's pthread_create and
// register themselves with the collector (CollectorThread): the host's
// threads that ask for them stay unknown to the collector, and never
// register and unregister while other threads collect.
void runOnLargeStack(const std::function<void()>& fn, size_t bytes) {
    initCollector();
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    Job job{&fn, nullptr};
    pthread_t thread;
    bool started = pthread_attr_setstacksize(&attr, bytes) == 0 && pthread_create(&thread, &attr, runJob, &job) == 0;
    pthread_attr_destroy(&attr);
    if (!started) {
        CollectorThread known;
        fn();
        return;
    }
    pthread_join(thread, nullptr);
    if (job.error) std::rethrow_exception(job.error);
}

struct StackThread::State {
    size_t bytes;
    std::mutex lock;
    std::condition_variable changed;
    const std::function<void()>* job = nullptr;  // the job waiting or running
    std::exception_ptr error;
    bool done = false;
    bool stop = false;
    bool started = false;
    pthread_t thread{};

    static void* loop(void* arg) {
        auto* s = static_cast<State*>(arg);
        CollectorThread known;
        std::unique_lock<std::mutex> hold(s->lock);
        for (;;) {
            s->changed.wait(hold, [s] { return s->stop || (s->job && !s->done); });
            if (s->stop) return nullptr;
            hold.unlock();
            std::exception_ptr error;
            try {
                (*s->job)();
            } catch (...) {
                error = std::current_exception();
            }
            hold.lock();
            s->error = error;
            s->done = true;
            s->changed.notify_all();
        }
    }
};

StackThread::StackThread(size_t bytes) : state_(new State) { state_->bytes = bytes; }

StackThread::~StackThread() {
    if (state_->started) {
        {
            std::lock_guard<std::mutex> hold(state_->lock);
            state_->stop = true;
        }
        state_->changed.notify_all();
        pthread_join(state_->thread, nullptr);
    }
    delete state_;
}

void StackThread::run(const std::function<void()>& fn) {
    State* s = state_;
    if (!s->started) {
        initCollector();
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        s->started = pthread_attr_setstacksize(&attr, s->bytes) == 0 &&
                     pthread_create(&s->thread, &attr, State::loop, s) == 0;
        pthread_attr_destroy(&attr);
        if (!s->started) {
            CollectorThread known;
            fn();
            return;
        }
    }
    std::unique_lock<std::mutex> hold(s->lock);
    s->job = &fn;
    s->done = false;
    s->changed.notify_all();
    s->changed.wait(hold, [s] { return s->done; });
    s->job = nullptr;
    if (std::exception_ptr e = std::exchange(s->error, nullptr)) std::rethrow_exception(e);
}

}  // namespace gos::support
