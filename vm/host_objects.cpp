// Host objects held by Go values (host_objects.h).
//
// The state lives in Shared, apart from the HostObjects, because the
// collector's finalizers may run after the VM has gone: each registered
// finalizer counts as a reference to Shared, as does the VM while it
// lives, and whoever drops the last one deletes it. The slots' links are
// in Shared too, so the collector never clears a link in freed memory.
#include "vm/host_objects.h"

#include <gc/gc.h>

#include <cstring>

#include "vm/vm.h"

namespace gos::vm {

struct HostObjects::Shared {
    struct Slot {
        GC_hidden_pointer link = 0;  // the Go object, disguised; 0 once it is unreachable
        std::shared_ptr<void> object;
        const void* type = nullptr;
        bool used = false;
    };
    std::deque<Slot> slots;  // a deque: the links' addresses never move
    std::vector<uint64_t> free;
    std::map<std::pair<const void*, const void*>, uint64_t> byObject;  // (host object, type) -> slot
    size_t held = 0;

    // Shared with the collector's finalizers:
    std::mutex mutex;
    std::vector<uint64_t> unreachable;  // slots whose Go object was finalized
    uint64_t references = 1;            // the VM, and one per pending finalizer
    bool vmAlive = true;

    // Drops one reference; the last deletes.
    static void drop(Shared* s) {
        bool last;
        {
            std::lock_guard<std::mutex> lock(s->mutex);
            last = --s->references == 0;
        }
        if (last) delete s;
    }
    ~Shared() {
        for (Slot& slot : slots)
            if (slot.link) GC_unregister_disappearing_link(reinterpret_cast<void**>(&slot.link));
    }
};

namespace {

struct Reveal {
    const GC_hidden_pointer* link;
    void* object;
};

void* revealLocked(void* data) {
    auto* r = static_cast<Reveal*>(data);
    r->object = *r->link ? GC_REVEAL_POINTER(*r->link) : nullptr;
    return nullptr;
}

// The Go object a link holds, if it is still reachable: read under the
// allocation lock, so that the collector cannot be deciding otherwise.
void* reveal(const GC_hidden_pointer& link) {
    Reveal r{&link, nullptr};
    GC_call_with_alloc_lock(revealLocked, &r);
    return r.object;
}

}  // namespace

HostObjects::HostObjects() : shared_(new Shared) {}

HostObjects::~HostObjects() {
    std::vector<std::shared_ptr<void>> released;
    {
        std::lock_guard<std::mutex> lock(shared_->mutex);
        shared_->vmAlive = false;
        // the host objects go now; the links stay until Shared does
        for (Shared::Slot& slot : shared_->slots)
            if (slot.object) released.push_back(std::move(slot.object));
    }
    released.clear();  // the host's destructors, outside the lock
    Shared::drop(shared_);
}

void HostObjects::release() {
    std::vector<uint64_t> gone;
    {
        std::lock_guard<std::mutex> lock(shared_->mutex);
        gone.swap(shared_->unreachable);
    }
    for (uint64_t k : gone) {
        Shared::Slot& slot = shared_->slots[k];
        auto it = shared_->byObject.find({slot.object.get(), slot.type});
        if (it != shared_->byObject.end() && it->second == k) shared_->byObject.erase(it);
        slot.object.reset();
        slot.type = nullptr;
        slot.used = false;
        --shared_->held;
        shared_->free.push_back(k);
    }
}

size_t HostObjects::held() const { return shared_->held; }

void* HostObjects::wrap(VM& vm, const void* type, std::shared_ptr<void> object) {
    release();
    auto key = std::make_pair(static_cast<const void*>(object.get()), type);
    auto found = shared_->byObject.find(key);
    if (found != shared_->byObject.end())
        if (void* p = reveal(shared_->slots[found->second].link)) return p;
    // a new Go object; its slot is registered before anything can collect it
    auto* p = static_cast<uint64_t*>(vm.allocate(kObjectBytes, true));
    uint64_t k;
    if (!shared_->free.empty()) {
        k = shared_->free.back();
        shared_->free.pop_back();
    } else {
        k = shared_->slots.size();
        shared_->slots.emplace_back();
    }
    *p = k;
    Shared::Slot& slot = shared_->slots[k];
    slot.object = std::move(object);
    slot.type = type;
    slot.used = true;
    ++shared_->held;
    shared_->byObject[key] = k;
    slot.link = GC_HIDE_POINTER(p);
    GC_unregister_disappearing_link(reinterpret_cast<void**>(&slot.link));  // a previous object's, if any
    GC_general_register_disappearing_link(reinterpret_cast<void**>(&slot.link), p);
    {
        std::lock_guard<std::mutex> lock(shared_->mutex);
        ++shared_->references;
    }
    GC_register_finalizer_no_order(
        p,
        [](void* obj, void* data) {
            auto* s = static_cast<Shared*>(data);
            uint64_t k;
            std::memcpy(&k, obj, sizeof k);
            {
                std::lock_guard<std::mutex> lock(s->mutex);
                if (s->vmAlive) s->unreachable.push_back(k);
            }
            Shared::drop(s);
        },
        shared_, nullptr, nullptr);
    return p;
}

std::shared_ptr<void> HostObjects::unwrap(const void* type, const void* p) const {
    if (!p) return nullptr;
    uint64_t k;
    std::memcpy(&k, p, sizeof k);
    if (k >= shared_->slots.size()) return nullptr;
    const Shared::Slot& slot = shared_->slots[k];
    if (!slot.used || slot.type != type || reveal(slot.link) != p) return nullptr;
    return slot.object;
}

}  // namespace gos::vm
