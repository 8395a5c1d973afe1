//! `lotse`: serve (default), migrate, demo-data, create-admin. See `lotse --help`.

// SSR allocates many small, short-lived strings; mimalloc serves them faster than glibc's
// allocator (measured with `make bench`, see the README).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (`mimalloc.h`, v2 and v3 alike; `libmimalloc-sys` names
/// no constant for it): how long freed memory stays with the process before it goes back.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() -> std::process::ExitCode {
    keep_memory_small();
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("the async runtime starts")
        .block_on(lotse::cli::run())
}

/// No transparent huge pages, and freed memory given back at once (mimalloc's default waits
/// 10 ms). mimalloc asks for huge pages for its heap: each touched 2 MiB then stays resident
/// whole, and freed memory rarely leaves. Measured at 100,000 clients on SQLite, with 440
/// users of the mixed workload signing in: 207 MB at the peak, 189 MB afterwards, 62-94 MB
/// idle (after the figures' build); with these two settings 138, 102 and 45-65 MB. The dashboard's
/// and plan page's throughput did not change (demo data, 16 connections).
fn keep_memory_small() {
    // SAFETY: `prctl` with these arguments only sets a flag of this process; the option is a
    // plain value mimalloc reads at each purge. Both happen before any thread is started.
    unsafe {
        #[cfg(target_os = "linux")]
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
        libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0);
    }
}
