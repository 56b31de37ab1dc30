//! The end-to-end tests' library: the real-browser harness (`browser`), and the helpers every
//! test suite shares (from `test-support`).

pub mod browser;

pub use test_support::*;
