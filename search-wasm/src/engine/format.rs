//! The index's bytes: LEB128 varints and length-prefixed UTF-8 strings, nothing else, so the
//! reader in the browser needs no serialisation crate. Columns of the same kind are written
//! together (all terms, then all posting counts, all documents numbers, all weights), which
//! is what lets brotli shrink them on the way to the reader.

use std::fmt;

/// Why bytes are not an index: truncated, another format version, or not UTF-8. A static
/// text: formatting numbers into messages would pull the formatting machinery into the wasm.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FormatError(pub &'static str);

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for FormatError {}

/// Appends values to a byte buffer.
#[derive(Default)]
pub(crate) struct Writer {
    pub bytes: Vec<u8>,
}

impl Writer {
    pub(crate) fn varint(&mut self, mut v: u64) {
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.bytes.push(byte);
                return;
            }
            self.bytes.push(byte | 0x80);
        }
    }

    pub(crate) fn usize(&mut self, v: usize) {
        self.varint(v as u64);
    }

    pub(crate) fn str(&mut self, s: &str) {
        self.usize(s.len());
        self.bytes.extend_from_slice(s.as_bytes());
    }

    pub(crate) fn u8(&mut self, v: u8) {
        self.bytes.push(v);
    }
}

/// Reads values back; every read checks the bounds.
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes, pos: 0 }
    }

    fn eof(&self) -> FormatError {
        FormatError("not a search index: it ends early")
    }

    pub(crate) fn u8(&mut self) -> Result<u8, FormatError> {
        let b = *self.bytes.get(self.pos).ok_or_else(|| self.eof())?;
        self.pos += 1;
        Ok(b)
    }

    pub(crate) fn varint(&mut self) -> Result<u64, FormatError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(FormatError("not a search index: a number is too long"))
    }

    /// A count or length, which can never exceed the bytes left (each item takes at least
    /// one byte), so a corrupt count cannot make the reader allocate without bound.
    pub(crate) fn len(&mut self) -> Result<usize, FormatError> {
        let v = self.varint()?;
        let left = (self.bytes.len() - self.pos) as u64;
        if v > left {
            return Err(FormatError(
                "not a search index: a count is larger than the bytes left",
            ));
        }
        Ok(v as usize)
    }

    pub(crate) fn bytes(&mut self, n: usize) -> Result<&'a [u8], FormatError> {
        let end = self.pos.checked_add(n).filter(|e| *e <= self.bytes.len());
        let end = end.ok_or_else(|| self.eof())?;
        let s = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    pub(crate) fn str(&mut self) -> Result<&'a str, FormatError> {
        let n = self.len()?;
        let b = self.bytes(n)?;
        std::str::from_utf8(b).map_err(|_| FormatError("not a search index: a text is not UTF-8"))
    }

    pub(crate) fn at_end(&self) -> bool {
        self.pos == self.bytes.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip() {
        let mut w = Writer::default();
        for v in [0u64, 1, 127, 128, 300, u64::from(u32::MAX), u64::MAX] {
            w.varint(v);
        }
        w.str("اللجوء 庇护");
        w.u8(7);
        let mut r = Reader::new(&w.bytes);
        for v in [0u64, 1, 127, 128, 300, u64::from(u32::MAX), u64::MAX] {
            assert_eq!(r.varint(), Ok(v));
        }
        assert_eq!(r.str(), Ok("اللجوء 庇护"));
        assert_eq!(r.u8(), Ok(7));
        assert!(r.at_end());
        assert!(r.u8().is_err());
    }

    #[test]
    fn a_corrupt_length_is_an_error() {
        let mut w = Writer::default();
        w.varint(1_000_000);
        assert!(Reader::new(&w.bytes).str().is_err());
    }
}
