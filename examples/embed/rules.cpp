// A small rules engine: the host keeps its data and its types in C++, and
// the rules in a Go script it loads once and calls for every order.
//
//   - a host package, "host/orders": the struct types Order and Decision,
//     a constant, and two functions the script calls (a customer lookup
//     and a log);
//   - the script's functions called by name with C++ values, their results
//     read back as C++ structs and maps;
//   - limits on every call, so that a bad rule cannot hang the host.
//
//   rules rules.gs
#include <gos/gos.hpp>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <string>
#include <vector>

struct Order {
    int64_t id = 0;
    std::string customer;
    double total = 0;
    std::vector<std::string> items;
};

struct Decision {
    bool approve = false;
    double discount = 0;
    std::vector<std::string> notes;
};

template <>
struct gos::Fields<Order> {
    static auto list() {
        return std::make_tuple(gos::field("ID", &Order::id), gos::field("Customer", &Order::customer),
                               gos::field("Total", &Order::total), gos::field("Items", &Order::items));
    }
};

template <>
struct gos::Fields<Decision> {
    static auto list() {
        return std::make_tuple(gos::field("Approve", &Decision::approve), gos::field("Discount", &Decision::discount),
                               gos::field("Notes", &Decision::notes));
    }
};

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: rules RULES.gs\n";
        return 2;
    }
    std::map<std::string, std::string> tiers = {{"ann", "gold"}, {"bob", "silver"}};
    std::vector<std::string> log;

    gos::Package orders("host/orders");
    orders.type<Order>("Order")
        .type<Decision>("Decision")
        .constant("MaxTotal", gos::Value::floating(1000))
        .func("Tier",
              [&](const std::string& customer) {
                  auto it = tiers.find(customer);
                  return it == tiers.end() ? std::string("none") : it->second;
              })
        .func("Log", [&](const std::string& line) { log.push_back(line); });

    gos::Config config;
    config.packages = {orders};
    config.withheldPackages = {"os"};  // rules have no business with files or the process
    config.stderrSink = [](std::string_view s) { std::cerr << s; };
    config.limits.maxSteps = 10'000'000;
    config.limits.timeout = std::chrono::seconds(1);
    config.limits.maxHeapBytes = 64 << 20;
    gos::Runtime rt(config);

    gos::Compiled rules = rt.compileFile(argv[1]);
    if (!rules.script) {
        std::cerr << rules.error.report;
        return 1;
    }
    if (gos::RunResult r = rt.run(*rules.script); r.error) {
        std::cerr << r.error.report;
        return 1;
    }
    std::vector<Order> incoming = {
        {1, "ann", 120.0, {"tea"}},
        {2, "bob", 2500.0, {"piano"}},
        {3, "cid", 40.0, {"a", "b", "c", "d", "e"}},
    };
    for (const Order& o : incoming) {
        gos::CallResult r = rt.callWith("Decide", o);
        if (r.error) {
            std::cerr << "order " << o.id << ": " << r.error.message << "\n";
            continue;
        }
        auto d = gos::fromValue<Decision>(r.results.at(0));
        char discount[16];
        std::snprintf(discount, sizeof discount, "%.2f", d.discount);
        std::cout << "order " << o.id << ": " << (d.approve ? "approved" : "refused") << ", discount " << discount;
        for (const std::string& note : d.notes) std::cout << "; " << note;
        std::cout << "\n";
    }
    gos::CallResult summary = rt.call("Summary");
    if (summary.error) {
        std::cerr << summary.error.message << "\n";
        return 1;
    }
    for (const auto& [what, n] : gos::fromValue<std::map<std::string, int>>(summary.results.at(0)))
        std::cout << what << ": " << n << "\n";
    for (const std::string& line : log) std::cout << "log: " << line << "\n";
    return 0;
}
