/* gos: an embeddable runtime for Go scripts. The C API.
 *
 * The same core as the C++ API (gos.hpp), for C hosts and for FFI from
 * other languages: opaque handles, error codes plus messages, and no C++
 * exception ever crossing this boundary.
 *
 *     gos_config* cfg = gos_config_new();
 *     gos_config_set_stdout(cfg, my_write, my_context);
 *     gos_config_set_timeout_ms(cfg, 2000);
 *     gos_runtime* rt = gos_runtime_new(cfg);
 *     gos_config_free(cfg);                 // the runtime keeps a copy
 *     gos_script* s = NULL;
 *     gos_result* r = gos_compile(rt, "hello.gs", src, strlen(src), &s);
 *     if (gos_result_kind(r) == GOS_OK) {
 *         gos_result_free(r);
 *         r = gos_run(rt, s);
 *     }
 *     if (gos_result_kind(r) != GOS_OK) fprintf(stderr, "%s\n", gos_result_message(r));
 *     gos_result_free(r);
 *     gos_script_free(s);
 *     gos_runtime_free(rt);
 *
 * Ownership: every object a gos_*_new or gos_compile/gos_run makes is the
 * caller's, freed with its gos_*_free (which accept NULL). Strings the
 * library returns live as long as the object they came from. A script may
 * outlive the runtime that compiled it and be run by any runtime. A NULL
 * result or handle from a function that makes one means memory ran out.
 *
 * Threads: a runtime is used by one thread at a time, except
 * gos_runtime_interrupt, which any thread may call while a run goes on.
 * Different runtimes may run at once on different threads.
 */
#ifndef GOS_GOS_H
#define GOS_GOS_H

#include <stddef.h>
#include <stdint.h>

#if defined(_WIN32)
#define GOS_C_API __declspec(dllexport)
#else
#define GOS_C_API __attribute__((visibility("default")))
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef struct gos_config gos_config;
typedef struct gos_runtime gos_runtime;
typedef struct gos_script gos_script;
typedef struct gos_result gos_result;
typedef struct gos_value gos_value;
typedef struct gos_package gos_package;

/* How a compilation or a run ended. */
typedef enum gos_kind {
    GOS_OK = 0,
    GOS_IO = 1,          /* the source file could not be read */
    GOS_COMPILE = 2,     /* syntax or type errors */
    GOS_PANIC = 3,       /* an uncaught panic */
    GOS_FATAL = 4,       /* a fatal error: deadlock, stack overflow, out of memory, ... */
    GOS_STEP_LIMIT = 5,  /* gos_config_set_max_steps */
    GOS_TIME_LIMIT = 6,  /* gos_config_set_timeout_ms */
    GOS_INTERRUPTED = 7, /* gos_runtime_interrupt */
    GOS_BAD_ARGUMENT = 8, /* a NULL handle or string where one was needed */
    GOS_GOROUTINE_LIMIT = 9, /* gos_config_set_max_goroutines */
    GOS_STACK_LIMIT = 10, /* gos_config_set_max_stack_bytes: Go's stack overflow */
    GOS_CALL = 11,       /* a call could not be made */
    GOS_HEAP_LIMIT = 12  /* gos_config_set_max_heap_bytes */
} gos_kind;

/* Where a script's output goes: called with each piece of text. */
typedef void (*gos_write_fn)(void* context, const char* data, size_t length);

GOS_C_API const char* gos_version(void);

GOS_C_API gos_config* gos_config_new(void);
GOS_C_API void gos_config_free(gos_config* config);
/* A NULL fn discards the output (the default). */
GOS_C_API void gos_config_set_stdout(gos_config* config, gos_write_fn fn, void* context);
GOS_C_API void gos_config_set_stderr(gos_config* config, gos_write_fn fn, void* context);
/* os.Args: argv[0] is the program's name. */
GOS_C_API void gos_config_set_args(gos_config* config, int argc, const char* const* argv);
/* What os.Getenv sees: n "KEY=value" entries (by default the process's
 * environment). */
GOS_C_API void gos_config_set_environment(gos_config* config, const char* const* entries, size_t n);
/* When not 0, map order, map seeds and select's choices follow from seed,
 * so a run repeats exactly. */
GOS_C_API void gos_config_set_seed(gos_config* config, uint64_t seed);
/* How gos_compile_file reads a script: returns its text (length bytes in
 * *length, copied by the library as soon as fn returns), or NULL when
 * there is no such script. A NULL fn restores the default, the file
 * system. */
typedef const char* (*gos_load_fn)(void* context, const char* path, size_t* length);
GOS_C_API void gos_config_set_source_loader(gos_config* config, gos_load_fn fn, void* context);
/* Limits (0: none). */
GOS_C_API void gos_config_set_max_steps(gos_config* config, uint64_t steps);
GOS_C_API void gos_config_set_max_stack_bytes(gos_config* config, uint64_t bytes);
GOS_C_API void gos_config_set_timeout_ms(gos_config* config, uint64_t milliseconds);
GOS_C_API void gos_config_set_max_goroutines(gos_config* config, uint64_t goroutines);
GOS_C_API void gos_config_set_max_heap_bytes(gos_config* config, uint64_t bytes);
GOS_C_API void gos_config_set_detect_map_races(gos_config* config, int on);

/* A runtime with a copy of the configuration (NULL: the defaults). */
GOS_C_API gos_runtime* gos_runtime_new(const gos_config* config);
GOS_C_API void gos_runtime_free(gos_runtime* runtime);
GOS_C_API void gos_runtime_interrupt(gos_runtime* runtime);

/* Compiles source text (length bytes, need not end in NUL); on success
 * *script receives the compiled script. */
GOS_C_API gos_result* gos_compile(gos_runtime* runtime, const char* name, const char* source, size_t length,
                                  gos_script** script);
GOS_C_API gos_result* gos_compile_file(gos_runtime* runtime, const char* path, gos_script** script);
GOS_C_API void gos_script_free(gos_script* script);

/* Runs a script's initialisation and main. */
GOS_C_API gos_result* gos_run(gos_runtime* runtime, const gos_script* script);

GOS_C_API gos_kind gos_result_kind(const gos_result* result);
/* The exit status Go would have (0, 2, or os.Exit's code). */
GOS_C_API int gos_result_exit_status(const gos_result* result);
/* One line ("panic: boom", "file:3:7: undefined: x"); "" when GOS_OK. */
GOS_C_API const char* gos_result_message(const gos_result* result);
/* Everything Go would print: every compile error, or the traces. */
GOS_C_API const char* gos_result_report(const gos_result* result);
/* A compile error's position ("" and 0 otherwise). */
GOS_C_API const char* gos_result_file(const gos_result* result);
GOS_C_API int gos_result_line(const gos_result* result);
GOS_C_API int gos_result_column(const gos_result* result);
GOS_C_API void gos_result_free(gos_result* result);

/* ---- values: what crosses between the host and a script ----------------
 *
 * A gos_value is a copy of a Go value (gos::Value in C++): a scalar, a
 * string, or a slice, map or struct of values. The gos_value_* makers
 * return a new value the caller frees with gos_value_free (the composite
 * makers copy their parts); values read from a result or a value live as
 * long as it does. */
typedef enum gos_value_kind {
    GOS_VALUE_NIL = 0,
    GOS_VALUE_BOOL = 1,
    GOS_VALUE_INT = 2,
    GOS_VALUE_UINT = 3,
    GOS_VALUE_FLOAT = 4,
    GOS_VALUE_STRING = 5,
    GOS_VALUE_SLICE = 6,
    GOS_VALUE_MAP = 7,
    GOS_VALUE_STRUCT = 8,
    GOS_VALUE_ERROR = 9, /* a non-nil error: gos_value_text is its message */
    GOS_VALUE_HANDLE = 10 /* a host object (gos_value_handle): gos_value_text is its type */
} gos_value_kind;

/* Releases a host object a handle held (see gos_value_handle). */
typedef void (*gos_release_fn)(void* pointer);

GOS_C_API gos_value* gos_value_nil(void);
GOS_C_API gos_value* gos_value_bool(int b);
GOS_C_API gos_value* gos_value_int(int64_t i);
GOS_C_API gos_value* gos_value_uint(uint64_t u);
GOS_C_API gos_value* gos_value_float(double f);
GOS_C_API gos_value* gos_value_string(const char* s, size_t length);
GOS_C_API gos_value* gos_value_error(const char* message);
GOS_C_API gos_value* gos_value_slice(const gos_value* const* elements, size_t n);
GOS_C_API gos_value* gos_value_map(const gos_value* const* keys, const gos_value* const* elements, size_t n);
GOS_C_API gos_value* gos_value_struct(const char* const* names, const gos_value* const* fields, size_t n);
/* A host object the script holds as an opaque *Name, of the handle type
 * "path.Name" a package declares (gos_package_add_handle_type): "host/db.Conn".
 * The library then holds pointer while the value, its copies, or a script
 * that can still reach it live, and calls release(pointer) once after the
 * last is gone (release may be NULL: the host keeps the object alive
 * itself); when this returns NULL, release is never called. Make one
 * handle per object and pass that value around: a script handed the same
 * pointer twice sees the same Go pointer. A NULL pointer is nil. */
GOS_C_API gos_value* gos_value_handle(const char* type, void* pointer, gos_release_fn release);
/* A handle's pointer, if value is a handle of the type "path.Name"; else NULL. */
GOS_C_API void* gos_value_handle_pointer(const gos_value* value, const char* type);
GOS_C_API void gos_value_free(gos_value* value);

GOS_C_API gos_value_kind gos_value_kind_of(const gos_value* value);
GOS_C_API int gos_value_to_bool(const gos_value* value);
GOS_C_API int64_t gos_value_to_int(const gos_value* value);
GOS_C_API uint64_t gos_value_to_uint(const gos_value* value);
GOS_C_API double gos_value_to_float(const gos_value* value);
/* A string's bytes or an error's message (NUL-terminated; *length, when
 * not NULL, receives the length, which counts NUL bytes inside). */
GOS_C_API const char* gos_value_text(const gos_value* value, size_t* length);
/* How many elements (slice), entries (map) or fields (struct). */
GOS_C_API size_t gos_value_len(const gos_value* value);
/* A slice's element i, a map's element i, or a struct's field i. */
GOS_C_API const gos_value* gos_value_at(const gos_value* value, size_t i);
/* A map's key i. */
GOS_C_API const gos_value* gos_value_key_at(const gos_value* value, size_t i);
/* A struct's field name i. */
GOS_C_API const char* gos_value_field_name(const gos_value* value, size_t i);
/* The Go type the value had in the script ("int", "[]string",
 * "main.Order"); "" for values the host made. */
GOS_C_API const char* gos_value_go_type(const gos_value* value);

/* ---- calling a script's functions --------------------------------------
 *
 * After gos_run, calls the function `name` declared at the top level of
 * the script, in the state the run left, with args converted to its
 * parameter types (GOS_CALL when they do not fit). The results are read
 * from the gos_result. */
GOS_C_API gos_result* gos_call(gos_runtime* runtime, const char* name, const gos_value* const* args, size_t nargs);
GOS_C_API size_t gos_result_count(const gos_result* result);
GOS_C_API const gos_value* gos_result_value(const gos_result* result, size_t i);

/* ---- host packages -----------------------------------------------------
 *
 * A package of host functions and constants that scripts compiled by a
 * runtime may import (by path: "host/db" is imported as db). A function
 * is declared with its Go signature, types only:
 *
 *     "func(string, int) (int, error)"
 *
 * with the types bool, int, int8 .. int64, uint, uint8 .. uint64, byte,
 * float32, float64, string, error, any, []T, map[K]V, and *Name for a
 * handle type the package declares; the checker checks the script's calls
 * against it. When called, fn gets the
 * arguments and fills results[0 .. nresults) with values it makes (the
 * library frees them); it returns NULL, or a message to raise as a Go
 * panic in the script (copied at once). */
typedef const char* (*gos_host_fn)(void* context, const gos_value* const* args, size_t nargs, gos_value** results,
                                   size_t nresults);

GOS_C_API gos_package* gos_package_new(const char* path);
GOS_C_API void gos_package_free(gos_package* package);
/* GOS_BAD_ARGUMENT, with nothing declared, when the signature is not one. */
GOS_C_API gos_kind gos_package_add_func(gos_package* package, const char* name, const char* signature, gos_host_fn fn,
                                        void* context);
/* An opaque type Name whose values the script holds as *Name: host objects
 * made with gos_value_handle(path + "." + name, ...). */
GOS_C_API gos_kind gos_package_add_handle_type(gos_package* package, const char* name);
/* A method of the handle type `type`: fn gets the receiver as args[0], then
 * the arguments of the signature (which leaves the receiver out). */
GOS_C_API gos_kind gos_package_add_method(gos_package* package, const char* type, const char* name,
                                          const char* signature, gos_host_fn fn, void* context);
/* An untyped constant: a bool, integer, float or string value. */
GOS_C_API gos_kind gos_package_add_constant(gos_package* package, const char* name, const gos_value* value);
/* The configuration's runtimes offer the package (a copy: later changes
 * to it do not reach them). */
GOS_C_API void gos_config_add_package(gos_config* config, const gos_package* package);
/* Scripts of the configuration's runtimes may not use the standard package
 * at path ("os", "time"): "package os is not available". */
GOS_C_API void gos_config_withhold_package(gos_config* config, const char* path);

/* ---- sessions: Go one input at a time (what the REPL is a host of) ------
 *
 * Each input is a script compiled and run against everything the earlier
 * inputs declared, which stays (gos::Session in gos.hpp has the whole
 * story). The result's kind says how the input ended; an expression
 * statement's values are the result's shown values, each as %v prints it
 * with its static type. A session is used by one thread at a time, except
 * gos_session_interrupt. */
typedef struct gos_session gos_session;
GOS_C_API gos_session* gos_session_new(const gos_config* config);
GOS_C_API void gos_session_free(gos_session* session);
GOS_C_API gos_result* gos_session_eval(gos_session* session, const char* input, size_t length);
/* Ends the input running (from any thread); the session stays. */
GOS_C_API void gos_session_interrupt(gos_session* session);
/* Forgets every input. */
GOS_C_API void gos_session_reset(gos_session* session);
/* Non-zero: goroutines also run between calls (gos::Session::runInBackground). */
GOS_C_API void gos_session_run_in_background(gos_session* session, int on);
/* 1 when input can end here, 0 while a bracket, block, raw string or
 * comment is still open. */
GOS_C_API int gos_session_complete(const char* input, size_t length);
GOS_C_API size_t gos_result_shown_count(const gos_result* result);
GOS_C_API const char* gos_result_shown_text(const gos_result* result, size_t i);
GOS_C_API const char* gos_result_shown_type(const gos_result* result, size_t i);
/* Non-zero when the input ended the session's state (os.Exit, a fatal
 * error): the session started afresh; after os.Exit the exit status is
 * gos_result_exit_status. */
GOS_C_API int gos_result_state_lost(const gos_result* result);

#ifdef __cplusplus
}
#endif

#endif /* GOS_GOS_H */
