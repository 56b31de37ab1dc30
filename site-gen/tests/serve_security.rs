//! `site-gen serve` against hostile requests, run as the real binary on a copy of the i18n
//! fixture: other hosts (DNS rebinding), redirects to other hosts, huge request lines and
//! headers, floods of connections and of live-reload streams.

mod common;
use common::{copy, fixture, site_gen};

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

/// A running `site-gen serve` on a copy of the i18n fixture, stopped and removed when dropped.
struct Server {
    child: Child,
    /// `127.0.0.1:port`
    addr: String,
    log: Arc<Mutex<String>>,
    site: PathBuf,
}

impl Server {
    fn start(name: &str) -> Server {
        let site =
            std::env::temp_dir().join(format!("site-gen-serve-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&site);
        std::fs::create_dir_all(&site).unwrap();
        copy(&fixture("i18n"), &site);
        let mut child = site_gen()
            .args(["serve", "--port", "0", "--root"])
            .arg(&site)
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let log = Arc::new(Mutex::new(String::new()));
        let (tx, rx) = mpsc::channel();
        let log_writer = Arc::clone(&log);
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(i) = line.find("http://") {
                    let url = line[i + 7..].split('/').next().unwrap().to_string();
                    let _ = tx.send(url);
                }
                let mut log = log_writer.lock().unwrap();
                log.push_str(&line);
                log.push('\n');
            }
        });
        let mut server = Server {
            child,
            addr: String::new(),
            log,
            site,
        };
        server.addr = rx
            .recv_timeout(Duration::from_secs(60))
            .unwrap_or_else(|_| panic!("serve did not start:\n{}", server.log()));
        server
    }

    fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }

    fn port(&self) -> &str {
        self.addr.rsplit(':').next().unwrap()
    }

    /// Sends `head` (a request line and headers, CRLF-separated, without the blank line) and
    /// reads the whole response.
    fn raw(&self, head: &str) -> Response {
        let mut stream = TcpStream::connect(&self.addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        stream
            .write_all(format!("{head}\r\n\r\n").as_bytes())
            .unwrap();
        read_response(&mut stream)
    }

    /// GET `path` with `Host: <host>`.
    fn get_as(&self, host: &str, path: &str) -> Response {
        self.raw(&format!(
            "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close"
        ))
    }

    fn get(&self, path: &str) -> Response {
        self.get_as(&self.addr, path)
    }

    /// A value of the server process's /proc status (`Threads`, `VmHWM` in kB).
    #[cfg(target_os = "linux")]
    fn status(&self, key: &str) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        status
            .lines()
            .find_map(|l| l.strip_prefix(key)?.strip_prefix(':'))
            .and_then(|v| v.split_whitespace().next()?.parse().ok())
            .unwrap_or_else(|| panic!("no {key} in {status}"))
    }

    /// Polls until `done` holds; fails after a generous bound.
    fn wait(&self, what: &str, done: impl Fn() -> bool) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while !done() {
            assert!(
                Instant::now() < deadline,
                "gave up waiting for {what}\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.site);
    }
}

#[derive(Debug)]
struct Response {
    status: u16,
    head: String,
    body: String,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().skip(1).find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim())
        })
    }
}

/// Reads a response until the server closes the connection; status 0 when it closed or reset
/// the connection without answering.
fn read_response(stream: &mut TcpStream) -> Response {
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let raw = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Response {
        status,
        head: head.to_string(),
        body: body.to_string(),
    }
}

#[test]
fn requests_naming_another_host_are_refused() {
    let server = Server::start("hosts");
    let port = server.port().to_string();
    let paths = [
        "/en/",
        "/en/guides/family/",
        "/__site-gen/errors",
        "/__site-gen/live.js",
        "/__site-gen/events",
        "/style.css",
        "/en/guides/family",
    ];
    for host in [
        format!("evil.example:{port}"),
        "evil.example".to_string(),
        format!("localhost.evil.example:{port}"),
        format!("127.0.0.1.nip.io:{port}"),
        format!("localhost.:{port}"),
    ] {
        for path in paths {
            let r = server.get_as(&host, path);
            assert_eq!(r.status, 421, "Host {host}, {path}: {r:?}");
            assert!(
                r.body.contains("localhost"),
                "says what is answered: {}",
                r.body
            );
            assert!(!r.body.contains("<html"), "{}", r.body);
        }
    }
    let r = server.raw("GET /en/ HTTP/1.1\r\nConnection: close");
    assert_eq!(r.status, 400, "no Host: {r:?}");
    for host in [
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
        format!("preview.localhost:{port}"),
        "localhost".to_string(),
        format!("[::1]:{port}"),
    ] {
        let r = server.get_as(&host, "/en/guides/family/");
        assert_eq!(r.status, 200, "Host {host}: {r:?}");
        assert!(r.body.contains("Citizens and residents."));
        assert_eq!(server.get_as(&host, "/__site-gen/errors").body, "[]");
    }
}

#[test]
fn redirects_never_lead_to_another_host() {
    let server = Server::start("redirects");
    for path in [
        "//en/guides/family",
        "///en/guides/family",
        "//en//guides///family",
        "/en//guides/family/",
        "//en/guides/family/",
        "/en/guides/family",
    ] {
        let r = server.get(path);
        assert_eq!(r.status, 301, "{path}: {r:?}");
        assert_eq!(r.header("Location"), Some("/en/guides/family/"), "{path}");
    }
    let r = server.get("//en/guides/family?x=1");
    assert_eq!(r.header("Location"), Some("/en/guides/family/"));
    // Other hosts in disguise are pages that do not exist here.
    for path in [
        "//evil.example",
        "//evil.example/",
        "/%2F%2Fevil.example",
        "/%2fevil.example/",
        "/\\evil.example",
    ] {
        let r = server.get(path);
        assert_eq!(r.status, 404, "{path}: {r:?}");
        assert_eq!(r.header("Location"), None, "{path}");
    }
    // Encoded names stay encoded, and stay on this site.
    std::fs::write(
        server.site.join("content/en/guides/días.md"),
        "---\ntitle: Días\n---\nText.\n",
    )
    .unwrap();
    server.wait("the new page", || {
        server.get("/en/guides/d%C3%ADas/").status == 200
    });
    let r = server.get("//en/guides/d%C3%ADas");
    assert_eq!(r.header("Location"), Some("/en/guides/d%C3%ADas/"));
    // `..` is refused, also encoded.
    for path in [
        "/en/../en/",
        "/en/%2e%2e/en/",
        "/en/guides/..%2f..%2fsite.toml",
        "/./en/",
    ] {
        let r = server.get(path);
        assert_eq!(r.status, 400, "{path}: {r:?}");
    }
    // Only GET and HEAD.
    let r = server.raw(&format!(
        "POST /en/ HTTP/1.1\r\nHost: {}\r\nContent-Length: 0",
        server.addr
    ));
    assert_eq!(r.status, 405);
    let r = server.raw(&format!("HEAD /en/ HTTP/1.1\r\nHost: {}", server.addr));
    assert_eq!(r.status, 200);
    assert!(r.body.is_empty());
    let length: usize = r.header("Content-Length").unwrap().parse().unwrap();
    assert_eq!(length, server.get("/en/").body.len());
}

#[test]
fn a_huge_request_line_or_header_is_refused_without_being_held() {
    let server = Server::start("huge");
    // 64 MB in a request line, sent as fast as the server takes it, four times at once.
    let senders: Vec<_> = (0..4)
        .map(|i| {
            let addr = server.addr.clone();
            std::thread::spawn(move || {
                let mut stream = TcpStream::connect(&addr).unwrap();
                stream
                    .set_read_timeout(Some(Duration::from_secs(20)))
                    .unwrap();
                let chunk = vec![b'a'; 1 << 20];
                let _ = stream.write_all(b"GET /");
                for _ in 0..64 {
                    if stream.write_all(&chunk).is_err() {
                        break;
                    }
                }
                if i == 0 {
                    let _ = stream.shutdown(Shutdown::Write);
                }
                read_response(&mut stream).status
            })
        })
        .collect();
    for s in senders {
        // Refused with a status, or cut off while still sending.
        let status = s.join().unwrap();
        assert!([414, 0].contains(&status), "{status}");
    }
    let r = server.raw(&format!(
        "GET /{} HTTP/1.1\r\nHost: {}",
        "a".repeat(20_000),
        server.addr
    ));
    assert_eq!(r.status, 414, "{r:?}");
    let headers = format!("X-Filler: {}\r\n", "b".repeat(200)).repeat(100);
    let r = server.raw(&format!(
        "GET /en/ HTTP/1.1\r\nHost: {}\r\n{headers}X-End: 1",
        server.addr
    ));
    assert_eq!(r.status, 431, "{r:?}");
    // Still serving.
    assert_eq!(server.get("/en/").status, 200);
    #[cfg(target_os = "linux")]
    {
        let peak_mb = server.status("VmHWM") / 1024;
        assert!(peak_mb < 150, "the server's memory peaked at {peak_mb} MB");
    }
}

#[test]
#[cfg(target_os = "linux")]
fn connections_are_capped_and_the_server_recovers() {
    let server = Server::start("flood");
    let before = server.status("Threads");
    // Connections that never send a request.
    let idle: Vec<TcpStream> = (0..300)
        .map(|_| TcpStream::connect(&server.addr).unwrap())
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    let threads = server.status("Threads");
    assert!(
        threads < before + 80,
        "{threads} threads for 300 idle connections (from {before})"
    );
    // Over the cap, a new connection is told so at once.
    let r = server.get("/en/");
    assert_eq!(r.status, 503, "{r:?}");
    drop(idle);
    server.wait("the flood to drain", || server.get("/en/").status == 200);
}

/// Opens a live-reload stream and reads up to its first event.
fn open_stream(addr: &str) -> BufReader<TcpStream> {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    write!(
        stream,
        "GET /__site-gen/events HTTP/1.1\r\nHost: {addr}\r\n\r\n"
    )
    .unwrap();
    let mut events = BufReader::new(stream);
    next_data(&mut events).expect("a first event");
    events
}

/// The next `data:` line of a stream, or `None` when it was closed.
fn next_data(events: &mut BufReader<TcpStream>) -> Option<String> {
    loop {
        let mut line = String::new();
        match events.read_line(&mut line) {
            Ok(0) | Err(_) => return None,
            Ok(_) => {}
        }
        if let Some(data) = line.strip_prefix("data: ") {
            return Some(data.trim().to_string());
        }
    }
}

#[test]
#[cfg(target_os = "linux")]
fn live_reload_streams_are_capped_and_hold_no_thread() {
    let server = Server::start("streams");
    let before = server.status("Threads");
    let mut streams: Vec<BufReader<TcpStream>> =
        (0..400).map(|_| open_stream(&server.addr)).collect();
    let threads = server.status("Threads");
    assert!(
        threads < before + 20,
        "{threads} threads for 400 open streams (from {before})"
    );

    // An edit reaches the newest streams; the oldest were let go.
    std::fs::write(
        server.site.join("content/en/guides/family.md"),
        "---\ntitle: Family\n---\nChanged.\n",
    )
    .unwrap();
    let newest = streams.last_mut().unwrap();
    let event = next_data(newest).expect("the newest stream hears of the edit");
    assert!(event.contains("\"errors\":0"), "{event}");
    assert_eq!(
        next_data(&mut streams[0]),
        None,
        "the oldest stream is still open"
    );
    // And the server still answers.
    assert_eq!(server.get("/en/guides/family/").status, 200);
}

#[test]
fn files_of_any_size_are_sent_from_disk() {
    let server = Server::start("assets");
    // An asset bigger than any page, read from its file as it is sent.
    let bytes: Vec<u8> = (0..3_000_000u32).map(|i| (i % 251) as u8).collect();
    std::fs::write(server.site.join("content/en/guides/scan.pdf"), &bytes).unwrap();
    server.wait("the new asset", || {
        server.get("/en/guides/scan.pdf").status == 200
    });
    let mut stream = TcpStream::connect(&server.addr).unwrap();
    let host = &server.addr;
    write!(
        stream,
        "GET /en/guides/scan.pdf HTTP/1.1\r\nHost: {host}\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8_lossy(&raw[..split]);
    assert!(head.contains("Content-Type: application/pdf"), "{head}");
    assert!(head.contains("Content-Length: 3000000"), "{head}");
    assert!(raw[split + 4..] == bytes[..], "the file arrived changed");
    // Removed: not found, as a page that never was.
    std::fs::remove_file(server.site.join("content/en/guides/scan.pdf")).unwrap();
    server.wait("the asset to go", || {
        server.get("/en/guides/scan.pdf").status == 404
    });
}
