//! The live-reload streams (server-sent events at `/__site-gen/events`): at most
//! [`MAX_STREAMS`] open at once, the oldest let go first, and no thread for any of them. Each
//! stream is a non-blocking socket in a list; one thread writes every published change to
//! each, and a comment now and then, which is how a closed page is noticed.
//!
//! A page that is let go reconnects by itself (`retry: 1000`), so the cap costs a tab nothing
//! but a second; hidden tabs close their stream (`live.js`), so the streams are the pages in
//! view.

use std::collections::VecDeque;
use std::io::{self, Write};
use std::net::{Shutdown, TcpStream};
use std::sync::{Mutex, PoisonError};

/// Live-reload streams open at once: far more than the tabs anyone looks at.
pub(crate) const MAX_STREAMS: usize = 64;

const HEAD: &str = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\nretry: 1000\n\n";

/// The open streams, oldest first.
#[derive(Default)]
pub(crate) struct Streams {
    open: Mutex<VecDeque<Stream>>,
}

struct Stream {
    socket: TcpStream,
    /// The version of the site it last heard of.
    seen: u64,
}

/// A message for the streams: the site's version and the event announcing it.
pub(crate) type State = (u64, String);

impl Streams {
    /// Starts a stream on `socket` with the current state, letting go of the oldest stream
    /// when there are [`MAX_STREAMS`]. `state` is read under the streams' lock, so that no
    /// change published meanwhile is missed: [`Streams::publish`] takes the same lock.
    pub(crate) fn open(&self, mut socket: TcpStream, state: impl FnOnce() -> State) {
        let mut open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        let (seen, event) = state();
        let started = socket
            .write_all(HEAD.as_bytes())
            .and_then(|()| socket.write_all(event.as_bytes()))
            .and_then(|()| socket.set_nonblocking(true));
        if started.is_err() {
            return;
        }
        while open.len() >= MAX_STREAMS {
            if let Some(oldest) = open.pop_front() {
                let _ = oldest.socket.shutdown(Shutdown::Both);
            }
        }
        open.push_back(Stream { socket, seen });
    }

    /// Sends the current state to every stream that has not heard of it, and a comment to the
    /// others when `ping` is set; lets go of every stream that cannot take it at once.
    pub(crate) fn publish(&self, state: impl FnOnce() -> State, ping: bool) {
        let mut open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        let (version, event) = state();
        open.retain_mut(|s| {
            let message = if s.seen != version {
                s.seen = version;
                event.as_str()
            } else if ping {
                ": still here\n\n"
            } else {
                return true;
            };
            // A message is under a hundred bytes: a page that cannot take it at once (its
            // socket's buffer is full) is not reading, or is gone.
            send(&mut s.socket, message.as_bytes()).is_ok()
        });
    }

    /// How many streams are open.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.open
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
    }
}

fn send(socket: &mut TcpStream, bytes: &[u8]) -> io::Result<()> {
    match socket.write(bytes) {
        Ok(n) if n == bytes.len() => Ok(()),
        Ok(_) => Err(io::ErrorKind::WouldBlock.into()),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{BufRead, BufReader};
    use std::net::TcpListener;
    use std::time::Duration;

    /// A connected pair: the server's end and a reader on the client's.
    fn pair(listener: &TcpListener) -> (TcpStream, BufReader<TcpStream>) {
        let client = TcpStream::connect(listener.local_addr().unwrap()).unwrap();
        client
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        let (server, _) = listener.accept().unwrap();
        (server, BufReader::new(client))
    }

    fn next_line(r: &mut BufReader<TcpStream>, prefix: &str) -> Option<String> {
        loop {
            let mut line = String::new();
            if r.read_line(&mut line).ok()? == 0 {
                return None;
            }
            if line.starts_with(prefix) {
                return Some(line.trim().to_string());
            }
        }
    }

    fn state(v: u64) -> impl FnOnce() -> State {
        move || (v, format!("data: {v}\n\n"))
    }

    #[test]
    fn every_stream_hears_each_change_once_and_the_oldest_go_first() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let streams = Streams::default();
        let mut clients = Vec::new();
        for _ in 0..MAX_STREAMS + 2 {
            let (server, mut client) = pair(&listener);
            streams.open(server, state(1));
            assert_eq!(next_line(&mut client, "data:").as_deref(), Some("data: 1"));
            clients.push(client);
        }
        assert_eq!(streams.len(), MAX_STREAMS);
        // The two oldest were let go.
        assert_eq!(next_line(&mut clients[0], "data:"), None);
        assert_eq!(next_line(&mut clients[1], "data:"), None);

        streams.publish(state(2), false);
        streams.publish(state(2), false);
        streams.publish(state(2), true);
        for c in &mut clients[2..] {
            assert_eq!(next_line(c, "data:").as_deref(), Some("data: 2"));
            assert_eq!(next_line(c, ":").as_deref(), Some(": still here"));
        }
    }

    #[test]
    fn a_closed_page_is_let_go() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let streams = Streams::default();
        let (server, client) = pair(&listener);
        streams.open(server, state(1));
        drop(client);
        // The first write after the close is refused by the peer; the next one fails.
        for _ in 0..50 {
            streams.publish(state(1), true);
            if streams.len() == 0 {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!("the closed stream is still open");
    }
}
