//! The screener's rules engine. Filled in by the screener work.
