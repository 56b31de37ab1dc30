//! A minimal HTTP/1.1 server for `serve`: GET and HEAD, one request per connection, with
//! every resource bounded.
//!
//! Why not a server crate: `tiny_http` reads a request line and headers without any limit (a
//! 200 MB request line took 1.1 GB) and starts a thread for every connection it accepts
//! (5,000 live-reload streams took 10,007 threads), and neither can be bounded from outside;
//! hyper with tokio would add about 37 s to a cold build for a server that only ever answers
//! GET on this computer. Parsing is `httparse` (hyper's parser); what remains here is reading
//! at most [`MAX_HEAD`] bytes, within [`HEAD_TIME`], on at most [`MAX_CONNECTIONS`] threads.
//!
//! Every response closes its connection: an idle keep-alive connection would hold a thread.
//! Live-reload streams leave their thread as soon as they are set up (see `events.rs`).

use std::io::{self, Read, Write};
use std::net::{IpAddr, Ipv6Addr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The most a request line and its headers may take. Browsers send well under 2 KB.
pub(crate) const MAX_HEAD: usize = 8 * 1024;
/// The most headers a request may have.
const MAX_HEADERS: usize = 48;
/// Connections being read or answered at once; one more is answered 503 at once.
pub(crate) const MAX_CONNECTIONS: usize = 64;
/// The time a client has to send its whole request line and headers.
pub(crate) const HEAD_TIME: Duration = Duration::from_secs(10);
/// The longest one write of a response may wait on a client that does not read.
const WRITE_TIME: Duration = Duration::from_secs(30);

/// A request's method: the only two `serve` answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Method {
    Get,
    Head,
}

/// A request, read and checked: its method, target (`/path?query`) and `Host` header.
#[derive(Debug)]
pub(crate) struct Request {
    pub(crate) method: Method,
    pub(crate) target: String,
    pub(crate) host: String,
}

/// A response's body: bytes in memory, or a file sent as it is read.
pub(crate) enum Body {
    Bytes(Vec<u8>),
    Shared(Arc<Vec<u8>>),
    File(PathBuf),
}

pub(crate) struct Response {
    pub(crate) status: u16,
    pub(crate) headers: Vec<(&'static str, String)>,
    pub(crate) body: Body,
}

impl Response {
    pub(crate) fn new(status: u16, content_type: &str, body: Body) -> Response {
        Response {
            status,
            headers: vec![("Content-Type", content_type.to_string())],
            body,
        }
    }

    /// A short plain-text answer.
    pub(crate) fn text(status: u16, text: &str) -> Response {
        Response::new(
            status,
            "text/plain; charset=utf-8",
            Body::Bytes(format!("{text}\n").into_bytes()),
        )
    }

    pub(crate) fn header(mut self, name: &'static str, value: impl Into<String>) -> Response {
        self.headers.push((name, value.into()));
        self
    }
}

/// A connection with its request read, to be answered once.
pub(crate) struct Connection {
    stream: TcpStream,
    method: Method,
}

impl Connection {
    /// Sends `response` (its headers only, for HEAD) and closes the connection. A reader who
    /// closed the tab is not an error.
    pub(crate) fn respond(mut self, response: Response) {
        let _ = self.send(response);
    }

    fn send(&mut self, r: Response) -> io::Result<()> {
        let (len, file) = match &r.body {
            Body::Bytes(b) => (b.len() as u64, None),
            Body::Shared(b) => (b.len() as u64, None),
            Body::File(p) => {
                match std::fs::File::open(p).and_then(|f| Ok((f.metadata()?.len(), f))) {
                    Ok((len, f)) => (len, Some(f)),
                    // Removed since it was looked up: as if it had never been there.
                    Err(_) => return self.send(Response::text(404, "not found")),
                }
            }
        };
        let mut head = format!("HTTP/1.1 {} {}\r\n", r.status, reason(r.status));
        for (name, value) in &r.headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str(&format!(
            "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nContent-Length: {len}\r\nConnection: close\r\n\r\n"
        ));
        let mut out = io::BufWriter::new(&self.stream);
        out.write_all(head.as_bytes())?;
        if self.method == Method::Get {
            match (&r.body, file) {
                (Body::Bytes(b), _) => out.write_all(b)?,
                (Body::Shared(b), _) => out.write_all(b)?,
                (Body::File(_), Some(mut f)) => {
                    io::copy(&mut f, &mut out)?;
                }
                (Body::File(_), None) => {}
            }
        }
        out.flush()
    }

    /// The socket, for a response that stays open (the live-reload stream).
    pub(crate) fn into_stream(self) -> TcpStream {
        self.stream
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        414 => "URI Too Long",
        421 => "Misdirected Request",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "",
    }
}

/// Accepts connections on `listener` on a thread of its own, and hands each request to
/// `handle` on a thread of its own, at most [`MAX_CONNECTIONS`] at once.
pub(crate) fn serve<H>(listener: TcpListener, handle: H) -> io::Result<()>
where
    H: Fn(Request, Connection) + Send + Sync + 'static,
{
    let handle = Arc::new(handle);
    let busy = Arc::new(AtomicUsize::new(0));
    std::thread::Builder::new()
        .name("serve-accept".into())
        .spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else {
                    // Out of file descriptors, most likely: let some connections end.
                    std::thread::sleep(Duration::from_millis(20));
                    continue;
                };
                if busy.fetch_add(1, Ordering::AcqRel) >= MAX_CONNECTIONS {
                    busy.fetch_sub(1, Ordering::AcqRel);
                    refuse(stream, 503, "too many connections at once; try again");
                    continue;
                }
                let slot = Slot(Arc::clone(&busy));
                let handle = Arc::clone(&handle);
                let spawned = std::thread::Builder::new()
                    .name("serve-conn".into())
                    .stack_size(512 * 1024)
                    .spawn(move || {
                        let _slot = slot;
                        connection(stream, &*handle);
                    });
                // A thread that cannot start drops its connection (and frees its slot).
                drop(spawned);
            }
        })?;
    Ok(())
}

/// One of the [`MAX_CONNECTIONS`], given back when dropped.
struct Slot(Arc<AtomicUsize>);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

fn connection(stream: TcpStream, handle: &dyn Fn(Request, Connection)) {
    let _ = stream.set_write_timeout(Some(WRITE_TIME));
    let mut reader = &stream;
    match read_request(&mut reader, Instant::now() + HEAD_TIME) {
        Ok((method, target, host)) => {
            let request = Request {
                method,
                target,
                host,
            };
            handle(request, Connection { stream, method });
        }
        Err(Refusal::Closed) => {}
        Err(Refusal::Status(status, text)) => refuse(stream, status, text),
    }
}

/// Answers a request that will not be served, then lets go of the connection without
/// reading what the client may still be sending.
fn refuse(stream: TcpStream, status: u16, text: &str) {
    let _ = stream.set_write_timeout(Some(Duration::from_secs(1)));
    Connection {
        stream,
        method: Method::Get,
    }
    .respond(Response::text(status, text));
}

#[derive(Debug, PartialEq)]
enum Refusal {
    /// The client went away (or sent nothing).
    Closed,
    Status(u16, &'static str),
}

/// Reads one request's head, at most [`MAX_HEAD`] bytes, until `deadline`.
fn read_request(
    reader: &mut impl ReadTimeout,
    deadline: Instant,
) -> Result<(Method, String, String), Refusal> {
    let mut head = Vec::with_capacity(1024);
    let mut chunk = [0u8; 2048];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(Refusal::Status(408, "the request took too long to arrive"));
        }
        reader.timeout(left);
        // Never read past the limit: what a client sends beyond it is never held.
        let room = (MAX_HEAD - head.len()).min(chunk.len());
        let n = match reader.read(&mut chunk[..room]) {
            Ok(0) => return Err(Refusal::Closed),
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) =>
            {
                return Err(Refusal::Status(408, "the request took too long to arrive"));
            }
            Err(_) => return Err(Refusal::Closed),
        };
        head.extend_from_slice(&chunk[..n]);
        if let Some(request) = parse(&head)? {
            return Ok(request);
        }
        if head.len() >= MAX_HEAD {
            return Err(if head.contains(&b'\n') {
                Refusal::Status(431, "the request's headers are too large")
            } else {
                Refusal::Status(414, "the request line is too long")
            });
        }
    }
}

/// The request in `head`, `None` while it is incomplete.
fn parse(head: &[u8]) -> Result<Option<(Method, String, String)>, Refusal> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut req = httparse::Request::new(&mut headers);
    match req.parse(head) {
        Ok(httparse::Status::Partial) => return Ok(None),
        Ok(httparse::Status::Complete(_)) => {}
        Err(httparse::Error::TooManyHeaders) => {
            return Err(Refusal::Status(431, "the request has too many headers"));
        }
        Err(_) => return Err(Refusal::Status(400, "not an HTTP/1.1 request")),
    }
    let method = match req.method {
        Some("GET") => Method::Get,
        Some("HEAD") => Method::Head,
        _ => return Err(Refusal::Status(405, "only GET and HEAD")),
    };
    let mut hosts = req
        .headers
        .iter()
        .filter(|h| h.name.eq_ignore_ascii_case("host"));
    let host = match (hosts.next(), hosts.next()) {
        (Some(h), None) => std::str::from_utf8(h.value)
            .map_err(|_| Refusal::Status(400, "the Host header is not text"))?
            .trim()
            .to_string(),
        (None, _) => return Err(Refusal::Status(400, "the request has no Host header")),
        (Some(_), Some(_)) => return Err(Refusal::Status(400, "the request has two Host headers")),
    };
    let target = req.path.unwrap_or_default().to_string();
    Ok(Some((method, target, host)))
}

/// A reader whose timeout can be set: a socket, or a test's script of reads.
trait ReadTimeout: Read {
    fn timeout(&mut self, left: Duration);
}

impl ReadTimeout for &TcpStream {
    fn timeout(&mut self, left: Duration) {
        let _ = self.set_read_timeout(Some(left));
    }
}

/// Whether a request's `Host` may be answered: `localhost`, a name under `.localhost`, or an
/// IP address, each with any port. A DNS rebinding attack reaches this server under a name of
/// the attacker's (`evil.example` resolving to 127.0.0.1), which a browser sends in `Host`;
/// names under `localhost` never leave the machine, and an address names the server itself
/// (with `--bind` on a network address, the address a phone on the network uses).
pub(crate) fn local_host(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        // `[::1]:1111`
        Some(rest) => match rest.split_once(']') {
            Some((ip, port)) if port.is_empty() || port.strip_prefix(':').is_some_and(is_port) => {
                return ip.parse::<Ipv6Addr>().is_ok();
            }
            _ => return false,
        },
        None => match host.rsplit_once(':') {
            Some((name, port)) if is_port(port) => name,
            Some(_) => return false,
            None => host,
        },
    };
    let name = name.to_ascii_lowercase();
    name.parse::<IpAddr>().is_ok()
        || name == "localhost"
        || name.strip_suffix(".localhost").is_some_and(|sub| {
            !sub.is_empty()
                && sub.split('.').all(|label| {
                    !label.is_empty()
                        && label
                            .bytes()
                            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
                })
        })
}

fn is_port(s: &str) -> bool {
    !s.is_empty() && s.len() <= 5 && s.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads served from a script: each item is one read's bytes.
    struct Script(Vec<Vec<u8>>);

    impl Read for Script {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.0.is_empty() {
                return Ok(0);
            }
            let mut next = self.0.remove(0);
            let n = next.len().min(buf.len());
            buf[..n].copy_from_slice(&next[..n]);
            if n < next.len() {
                self.0.insert(0, next.split_off(n));
            }
            Ok(n)
        }
    }

    impl ReadTimeout for Script {
        fn timeout(&mut self, _: Duration) {}
    }

    fn read(parts: &[&[u8]]) -> Result<(Method, String, String), Refusal> {
        let mut s = Script(parts.iter().map(|p| p.to_vec()).collect());
        read_request(&mut s, Instant::now() + Duration::from_secs(5))
    }

    #[test]
    fn a_request_in_pieces() {
        let got = read(&[
            b"GET /es/asi",
            b"lo/?x=1 HTTP/1.1\r\nHo",
            b"st: localhost:1111\r\n\r\n",
        ]);
        assert_eq!(
            got,
            Ok((
                Method::Get,
                "/es/asilo/?x=1".into(),
                "localhost:1111".into()
            ))
        );
        let got = read(&[b"HEAD / HTTP/1.0\r\nhost: 127.0.0.1\r\n\r\n"]);
        assert_eq!(got, Ok((Method::Head, "/".into(), "127.0.0.1".into())));
    }

    #[test]
    fn what_is_refused() {
        let status = |parts: &[&[u8]]| match read(parts) {
            Err(Refusal::Status(s, _)) => s,
            other => panic!("{other:?}"),
        };
        let long_line = [b"GET /".as_slice(), &vec![b'a'; 100_000]].concat();
        assert_eq!(status(&[&long_line]), 414);
        let many = [
            b"GET / HTTP/1.1\r\nHost: localhost\r\n".as_slice(),
            &b"X-A: b\r\n".repeat(60),
            b"\r\n",
        ]
        .concat();
        assert_eq!(status(&[&many]), 431);
        let large = [
            b"GET / HTTP/1.1\r\nHost: localhost\r\n".as_slice(),
            b"X-Big: ",
            &vec![b'v'; 9000],
            b"\r\n\r\n",
        ]
        .concat();
        assert_eq!(status(&[&large]), 431);
        assert_eq!(
            status(&[b"POST / HTTP/1.1\r\nHost: localhost\r\n\r\n"]),
            405
        );
        assert_eq!(status(&[b"GET / HTTP/1.1\r\n\r\n"]), 400);
        assert_eq!(
            status(&[b"GET / HTTP/1.1\r\nHost: a\r\nHost: localhost\r\n\r\n"]),
            400
        );
        assert_eq!(status(&[b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"]), 400);
        assert_eq!(
            status(&[b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03"]),
            400
        );
        assert_eq!(read(&[b"GET / HTTP/1.1\r\nHost: x"]), Err(Refusal::Closed));
    }

    #[test]
    fn a_request_too_slow_to_arrive_is_refused() {
        let mut s = Script(vec![b"GET / HTTP/1.1\r\n".to_vec()]);
        let got = read_request(&mut s, Instant::now());
        assert_eq!(
            got,
            Err(Refusal::Status(408, "the request took too long to arrive"))
        );
    }

    #[test]
    fn hosts() {
        for ok in [
            "localhost",
            "localhost:1111",
            "LOCALHOST:1111",
            "site.localhost:1111",
            "a.b-c.localhost",
            "127.0.0.1:1111",
            "127.0.0.1",
            "192.168.1.20:1111",
            "[::1]:1111",
            "[::1]",
        ] {
            assert!(local_host(ok), "{ok} refused");
        }
        for bad in [
            "evil.example",
            "evil.example:1111",
            "localhost.evil.example",
            "127.0.0.1.nip.io:1111",
            "localhost.",
            ".localhost",
            "a..localhost",
            "localhost:",
            "localhost:abc",
            "localhost:1111:1",
            "[::1]x",
            "[evil]:1",
            "",
            "0x7f.1",
        ] {
            assert!(!local_host(bad), "{bad} accepted");
        }
    }
}
