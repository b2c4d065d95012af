//! Web addresses in story files: only absolute `http` and `https` addresses
//! with a host are accepted, checked part by part rather than by prefix; and
//! the hosts and paths a reader's browser must not be sent to for a story's
//! pictures.
//!
//! A small parser instead of the `url` crate, which would add its IDNA and
//! percent-encoding tables to the WebAssembly bundle. It is stricter than a
//! browser: it rejects what a browser would silently repair (spaces,
//! backslashes, empty ports), so the address a story gives is the address
//! the reader's browser opens. Pure Rust: no DOM.

use std::fmt;

/// The parts of an absolute `http` or `https` address, borrowed from its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WebAddress<'a> {
    /// `true` for `https`, `false` for `http`.
    pub secure: bool,
    /// The host as written: a domain name, an IPv4 address, or an IPv6
    /// address in brackets.
    pub host: &'a str,
    /// The port, when one is written.
    pub port: Option<u16>,
    /// Path, query and fragment, from the first `/`, `?` or `#`; may be empty.
    pub rest: &'a str,
}

/// Why a text is not an absolute `http` or `https` address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AddressError {
    /// It holds whitespace or a control character (browsers would strip or encode them).
    Whitespace,
    /// It holds a backslash (browsers read it as `/` in http addresses).
    Backslash,
    /// It has no scheme such as `https:`.
    NotAbsolute,
    /// Its scheme is not `http` or `https`; the scheme, lower-cased.
    Scheme(String),
    /// Nothing between `//` and the path, or no `//` at all.
    NoHost,
    /// A user name or password before the host (`user@host`).
    Credentials,
    /// The host is not a domain name, an IPv4 address or a bracketed IPv6 address.
    BadHost,
    /// The port is not a number from 1 to 65535.
    BadPort,
}

impl fmt::Display for AddressError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Whitespace => f.write_str("it contains a space or a control character"),
            Self::Backslash => f.write_str("it contains a backslash"),
            Self::NotAbsolute => f.write_str("it has no scheme such as https:"),
            Self::Scheme(scheme) => write!(f, "its scheme is {scheme}:"),
            Self::NoHost => f.write_str("it has no host after the scheme"),
            Self::Credentials => f.write_str("it has a user name or password before the host"),
            Self::BadHost => f.write_str("its host is not a valid domain name or IP address"),
            Self::BadPort => f.write_str("its port is not a number from 1 to 65535"),
        }
    }
}

/// Longest host accepted, in bytes, as DNS allows.
const MAX_HOST_BYTES: usize = 253;

/// Longest label of a domain name accepted, in bytes, as DNS allows.
const MAX_LABEL_BYTES: usize = 63;

/// Reads `text` as an absolute `http` or `https` address with a host.
///
/// # Errors
/// An [`AddressError`] saying what is wrong. Nothing is trimmed: leading or
/// trailing spaces are an error too.
pub fn parse_web_address(text: &str) -> Result<WebAddress<'_>, AddressError> {
    if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(AddressError::Whitespace);
    }
    if text.contains('\\') {
        return Err(AddressError::Backslash);
    }
    let (scheme, after_scheme) = text.split_once(':').ok_or(AddressError::NotAbsolute)?;
    if !is_scheme(scheme) {
        return Err(AddressError::NotAbsolute);
    }
    let secure = match scheme.to_ascii_lowercase().as_str() {
        "http" => false,
        "https" => true,
        other => return Err(AddressError::Scheme(other.to_owned())),
    };
    let after_slashes = after_scheme
        .strip_prefix("//")
        .ok_or(AddressError::NoHost)?;
    let end = after_slashes
        .find(['/', '?', '#'])
        .unwrap_or(after_slashes.len());
    let (authority, rest) = after_slashes.split_at(end);
    if authority.is_empty() {
        return Err(AddressError::NoHost);
    }
    if authority.contains('@') {
        return Err(AddressError::Credentials);
    }
    let (host, port) = split_port(authority)?;
    let port = port.map(parse_port).transpose()?;
    if !is_host(host) {
        return Err(AddressError::BadHost);
    }
    Ok(WebAddress {
        secure,
        host,
        port,
        rest,
    })
}

/// RFC 3986's scheme: a letter, then letters, digits, `+`, `-` or `.`.
fn is_scheme(scheme: &str) -> bool {
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// The host and the port text after its `:`, if any; IPv6 hosts keep their brackets.
fn split_port(authority: &str) -> Result<(&str, Option<&str>), AddressError> {
    if authority.starts_with('[') {
        let close = authority.find(']').ok_or(AddressError::BadHost)?;
        let (host, after) = authority.split_at(close + 1);
        return match after {
            "" => Ok((host, None)),
            _ => after
                .strip_prefix(':')
                .map(|port| (host, Some(port)))
                .ok_or(AddressError::BadHost),
        };
    }
    Ok(match authority.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    })
}

fn parse_port(port: &str) -> Result<u16, AddressError> {
    if port.is_empty() || port.len() > 5 || !port.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AddressError::BadPort);
    }
    match port.parse::<u16>() {
        Ok(0) | Err(_) => Err(AddressError::BadPort),
        Ok(port) => Ok(port),
    }
}

/// A bracketed IPv6 address, a dotted-quad IPv4 address, or a domain name
/// whose labels are letters (any script), digits, `-` and `_`.
fn is_host(host: &str) -> bool {
    if let Some(inner) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        return is_ipv6(inner);
    }
    if host.is_empty() || host.len() > MAX_HOST_BYTES {
        return false;
    }
    let name = host.strip_suffix('.').unwrap_or(host);
    // As browsers do, a host whose last label is a number must be an IPv4 address.
    let last = name.rsplit('.').next().unwrap_or(name);
    let numeric = !last.is_empty()
        && (last.bytes().all(|b| b.is_ascii_digit())
            || last.starts_with("0x")
            || last.starts_with("0X"));
    if numeric {
        return is_ipv4(name);
    }
    name.split('.').all(is_label)
}

/// Four decimal numbers from 0 to 255 without leading zeros, joined by
/// dots, as Rust's `Ipv4Addr` reads them (written out: the standard
/// library's address parser is larger).
fn is_ipv4(text: &str) -> bool {
    let mut parts = 0;
    text.split('.').all(|part| {
        parts += 1;
        let digits = part.bytes().all(|b| b.is_ascii_digit());
        digits
            && (1..=3).contains(&part.len())
            && !(part.len() > 1 && part.starts_with('0'))
            && part.parse::<u8>().is_ok()
    }) && parts == 4
}

/// Eight groups of one to four hex digits joined by colons, the last two of
/// which may be an IPv4 address, and one run of groups that may be left out
/// as `::`, as Rust's `Ipv6Addr` reads them.
fn is_ipv6(text: &str) -> bool {
    let is_group = |group: &str| {
        (1..=4).contains(&group.len()) && group.bytes().all(|b| b.is_ascii_hexdigit())
    };
    // The groups on each side of `::` (all of them when there is none), each
    // side counted in 16-bit groups, an IPv4 address at the very end as two.
    let count = |side: &str, last: bool| -> Option<usize> {
        if side.is_empty() {
            return Some(0);
        }
        let groups: Vec<&str> = side.split(':').collect();
        let (tail, head) = groups.split_last()?;
        let tail = if last && tail.contains('.') {
            is_ipv4(tail).then_some(2)?
        } else {
            is_group(tail).then_some(1)?
        };
        head.iter()
            .all(|group| is_group(group))
            .then_some(head.len() + tail)
    };
    match text.split_once("::") {
        Some((before, after)) => {
            let (Some(before), Some(after)) = (count(before, false), count(after, true)) else {
                return false;
            };
            before + after < 8
        }
        None => count(text, true) == Some(8),
    }
}

fn is_label(label: &str) -> bool {
    !label.is_empty()
        && label.len() <= MAX_LABEL_BYTES
        && !label.starts_with('-')
        && !label.ends_with('-')
        && label
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_'))
}

/// What a host that may not serve a story's pictures is ("an IP address"),
/// or `None` for a host a picture may come from: one with a name. Refused:
/// every IP address, IPv4 or IPv6, since one can be the reader's own
/// computer or network (127.0.0.1, `[::1]`, 192.168.0.1, 169.254.169.254)
/// and no newsroom serves pictures from a bare address; `localhost` and its
/// subdomains; and a host not written in ASCII, because browsers map some
/// letters and digits to others (`127.0.0.１` is 127.0.0.1, `ｌｏｃａｌｈｏｓｔ`
/// is localhost), so an international name must be written in its `xn--`
/// form.
///
/// `host` is as [`parse_web_address`] returns it, which has already refused
/// IPv4 addresses in any spelling but four decimal numbers (`2130706433`,
/// `0x7f.1`, `0177.0.0.1`: browsers read them as addresses); so a host whose
/// last label is a number is an IPv4 address, and one in brackets an IPv6
/// address.
pub fn picture_host_problem(host: &str) -> Option<&'static str> {
    if !host.is_ascii() {
        return Some("a host not written in ASCII (write an international name in its xn-- form)");
    }
    let name = host.strip_suffix('.').unwrap_or(host);
    let last = name.rsplit('.').next().unwrap_or(name);
    if host.starts_with('[') || last.bytes().all(|byte| byte.is_ascii_digit()) {
        return Some("an IP address, which may be the reader's own computer or network");
    }
    last.eq_ignore_ascii_case("localhost")
        .then_some("localhost, the reader's own computer")
}

/// Why a relative path to a picture would not name a file in the folder it
/// is read in (the story file's, or the host's pictures folder), if it
/// would not: it starts with `/`, holds `..` or a percent-encoded `.`, `/`
/// or `\` (`%2e`, `%2f`, `%5c`: browsers and servers decode them), or has a
/// query or a fragment. `path` has passed [`parse_web_address`]'s checks for
/// spaces, backslashes and schemes.
pub fn picture_path_problem(path: &str) -> Option<&'static str> {
    let bytes = path.as_bytes();
    let climbs = bytes.windows(2).any(|pair| pair == b"..");
    // `%2e`, `%2f` or `%5c`, in either case (`| 0x20` lowers a letter).
    let hides = bytes.windows(3).any(|three| {
        three[0] == b'%'
            && matches!(
                [three[1], three[2] | 0x20],
                [b'2', b'e' | b'f'] | [b'5', b'c']
            )
    });
    if path.starts_with('/') || climbs || hides {
        return Some("leaves its folder: a picture's path is read in the story file's folder, as \"images/photo.jpg\" is, and may not start with /, hold .. or hide a . / or \\ as %2e, %2f or %5c");
    }
    path.contains(['?', '#']).then_some(
        "has a query (?) or a fragment (#); a picture's path names a file and nothing more",
    )
}

/// The address a picture's `url` is loaded from: an https address as it is,
/// a path read in `folder` (an absolute address ending in `/`); `None` for a
/// path when there is no folder.
pub fn picture_address(url: &str, folder: Option<&str>) -> Option<String> {
    if parse_web_address(url).is_ok() {
        return Some(url.to_owned());
    }
    folder.map(|folder| format!("{folder}{url}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(not(target_arch = "wasm32"))]
    mod addresses {
        use super::super::{is_ipv4, is_ipv6};
        use proptest::prelude::*;
        use std::net::{Ipv4Addr, Ipv6Addr};

        #[test]
        fn addresses_are_read_as_the_standard_library_reads_them() {
            for text in [
                "::",
                "::1",
                "1::",
                "1:2:3:4:5:6:7:8",
                "1:2:3:4:5:6:7::",
                "::2:3:4:5:6:7:8",
                "1::8",
                "::ffff:127.0.0.1",
                "1:2:3:4:5:6:1.2.3.4",
                "1:2:3:4:5:6:7:1.2.3.4",
                "1:2:3:4:5:6:7:8:9",
                ":::",
                "1:::2",
                "1::2::3",
                "12345::",
                "g::",
                ":1::",
                "::1:",
                "1.2.3.4",
                "::1.2.3",
                "::01.2.3.4",
                "",
                ":",
                "fe80::1%eth0",
            ] {
                assert_eq!(is_ipv6(text), text.parse::<Ipv6Addr>().is_ok(), "{text}");
            }
            for text in [
                "1.2.3.4",
                "255.255.255.255",
                "256.1.1.1",
                "01.2.3.4",
                "0.0.0.0",
                "1.2.3",
                "1.2.3.4.5",
                "1..3.4",
                "",
                "+1.2.3.4",
                "1.2.3.0x4",
            ] {
                assert_eq!(is_ipv4(text), text.parse::<Ipv4Addr>().is_ok(), "{text}");
            }
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(20_000))]
            #[test]
            fn any_text_is_an_ipv6_address_when_the_standard_library_says_so(text in "[0-9a-fA-F:.]{0,45}") {
                prop_assert_eq!(is_ipv6(&text), text.parse::<Ipv6Addr>().is_ok());
            }

            #[test]
            fn any_text_is_an_ipv4_address_when_the_standard_library_says_so(text in "[0-9.+]{0,17}") {
                prop_assert_eq!(is_ipv4(&text), text.parse::<Ipv4Addr>().is_ok());
            }

            #[test]
            fn any_written_address_is_read(octets in any::<[u8; 4]>(), groups in any::<[u16; 8]>()) {
                prop_assert!(is_ipv4(&Ipv4Addr::from(octets).to_string()));
                prop_assert!(is_ipv6(&Ipv6Addr::from(groups).to_string()));
            }
        }
    }

    fn host_of(text: &str) -> Option<&str> {
        parse_web_address(text).ok().map(|address| address.host)
    }

    #[test]
    fn http_and_https_addresses_with_a_host_are_read_part_by_part() {
        assert_eq!(
            parse_web_address("https://www.newarab.com/analysis/russia-and-taliban?ref=x#top"),
            Ok(WebAddress {
                secure: true,
                host: "www.newarab.com",
                port: None,
                rest: "/analysis/russia-and-taliban?ref=x#top",
            })
        );
        assert_eq!(
            parse_web_address("HTTP://Example.ORG:8080"),
            Ok(WebAddress {
                secure: false,
                host: "Example.ORG",
                port: Some(8080),
                rest: "",
            })
        );
        assert_eq!(host_of("https://example.org?q=1"), Some("example.org"));
        assert_eq!(host_of("https://example.org."), Some("example.org."));
    }

    #[test]
    fn ip_addresses_and_international_names_are_hosts() {
        assert_eq!(host_of("http://127.0.0.1:8080/a"), Some("127.0.0.1"));
        assert_eq!(host_of("http://[::1]:8080/a"), Some("[::1]"));
        assert_eq!(host_of("https://[2001:db8::7]"), Some("[2001:db8::7]"));
        assert_eq!(host_of("https://bücher.example/"), Some("bücher.example"));
        assert_eq!(
            host_of("https://xn--bcher-kva.example/"),
            Some("xn--bcher-kva.example")
        );
    }

    #[test]
    fn other_schemes_are_refused_by_name() {
        assert_eq!(
            parse_web_address("javascript:alert(1)"),
            Err(AddressError::Scheme("javascript".to_owned()))
        );
        assert_eq!(
            parse_web_address("JavaScript://example.org/%0Aalert(1)"),
            Err(AddressError::Scheme("javascript".to_owned()))
        );
        assert_eq!(
            parse_web_address("data:text/html,<b>x</b>"),
            Err(AddressError::Scheme("data".to_owned()))
        );
        assert_eq!(
            parse_web_address("ftp://example.org/"),
            Err(AddressError::Scheme("ftp".to_owned()))
        );
    }

    #[test]
    fn relative_and_hostless_addresses_are_refused() {
        assert_eq!(
            parse_web_address("example.org/a"),
            Err(AddressError::NotAbsolute)
        );
        assert_eq!(parse_web_address("/a/b"), Err(AddressError::NotAbsolute));
        assert_eq!(
            parse_web_address("//example.org/a"),
            Err(AddressError::NotAbsolute)
        );
        assert_eq!(parse_web_address(""), Err(AddressError::NotAbsolute));
        assert_eq!(
            parse_web_address("1http://example.org"),
            Err(AddressError::NotAbsolute)
        );
        assert_eq!(parse_web_address("https://"), Err(AddressError::NoHost));
        assert_eq!(
            parse_web_address("https:///path"),
            Err(AddressError::NoHost)
        );
        assert_eq!(
            parse_web_address("https:example.org"),
            Err(AddressError::NoHost)
        );
        assert_eq!(parse_web_address("https://?q"), Err(AddressError::NoHost));
    }

    #[test]
    fn nothing_is_trimmed_or_repaired() {
        assert_eq!(
            parse_web_address(" https://example.org"),
            Err(AddressError::Whitespace)
        );
        assert_eq!(
            parse_web_address("https://example.org/a b"),
            Err(AddressError::Whitespace)
        );
        assert_eq!(
            parse_web_address("https://exa\tmple.org"),
            Err(AddressError::Whitespace)
        );
        assert_eq!(
            parse_web_address("java\nscript:alert(1)"),
            Err(AddressError::Whitespace)
        );
        assert_eq!(
            parse_web_address("https://example.org\u{0}"),
            Err(AddressError::Whitespace)
        );
        assert_eq!(
            parse_web_address("https:\\\\evil.example"),
            Err(AddressError::Backslash)
        );
        assert_eq!(
            parse_web_address("https://example.org\\@evil.example"),
            Err(AddressError::Backslash)
        );
    }

    #[test]
    fn credentials_and_malformed_hosts_and_ports_are_refused() {
        assert_eq!(
            parse_web_address("https://example.org@evil.example/"),
            Err(AddressError::Credentials)
        );
        assert_eq!(
            parse_web_address("https://user:pw@example.org/"),
            Err(AddressError::Credentials)
        );
        for bad in [
            "https://exa%6Dple.org",
            "https://-example.org",
            "https://example-.org",
            "https://example..org",
            "https://.example.org",
            "https://<script>/",
            "https://example.org:80:80",
            "https://[::1",
            "https://[not-ipv6]/",
            "https://[::1]x",
            "http://256.0.0.1/",
            "http://1.2.3/",
            "http://0x7f.0.0.1/",
            "http://01.2.3.4/",
            "http://example.123/",
        ] {
            assert!(
                matches!(
                    parse_web_address(bad),
                    Err(AddressError::BadHost | AddressError::BadPort)
                ),
                "{bad} should be refused, got {:?}",
                parse_web_address(bad)
            );
        }
        let long_label = format!("https://{}.org", "a".repeat(64));
        assert_eq!(parse_web_address(&long_label), Err(AddressError::BadHost));
        for bad in [
            "https://example.org:",
            "https://example.org:0",
            "https://example.org:65536",
            "https://example.org:8o",
            "https://example.org:000443",
        ] {
            assert_eq!(parse_web_address(bad), Err(AddressError::BadPort), "{bad}");
        }
    }

    #[test]
    fn ip_addresses_localhost_and_hosts_not_in_ascii_are_refused() {
        for (host, kind) in [
            ("127.0.0.1", "an IP address"),
            ("127.255.0.9", "an IP address"),
            ("0.0.0.0", "an IP address"),
            ("10.1.2.3", "an IP address"),
            ("172.16.0.1", "an IP address"),
            ("192.168.1.1", "an IP address"),
            ("100.64.0.1", "an IP address"),
            ("169.254.169.254", "an IP address"),
            ("8.8.8.8", "an IP address"),
            ("8.8.8.8.", "an IP address"),
            ("[::1]", "an IP address"),
            ("[::]", "an IP address"),
            ("[fd00::1]", "an IP address"),
            ("[fe80::1]", "an IP address"),
            ("[::ffff:127.0.0.1]", "an IP address"),
            ("[2001:db8::7]", "an IP address"),
            ("localhost", "localhost"),
            ("LocalHost.", "localhost"),
            ("images.localhost", "localhost"),
            ("127.0.0.１", "ASCII"),
            ("ｌｏｃａｌｈｏｓｔ", "ASCII"),
        ] {
            let problem = host_problem(host);
            assert!(
                problem.is_some_and(|problem| problem.contains(kind)),
                "{host}: {problem:?}"
            );
        }
    }

    #[test]
    fn names_are_public_even_when_they_look_local() {
        for host in [
            "images.example.org",
            "xn--bcher-kva.example",
            "10.example.org",
            "127.0.0.1.example.org",
            "notlocalhost",
            "localhost.example.org",
            "images.example.org.",
        ] {
            assert_eq!(host_problem(host), None, "{host}");
        }
    }

    /// What is wrong with `host` for a picture, read as `parse_web_address` reads it.
    fn host_problem(host: &str) -> Option<&'static str> {
        let url = format!("https://{host}/");
        picture_host_problem(parse_web_address(&url).expect("a valid address").host)
    }

    #[test]
    fn a_picture_path_stays_in_its_folder_and_names_a_file() {
        for path in [
            "harbour.png",
            "images/harbour.png",
            "./images/harbour.png",
            "images/harbour%20bridge.png",
            "2024/03/harbour.png",
        ] {
            assert_eq!(picture_path_problem(path), None, "{path}");
        }
        for path in [
            "/account/logout",
            "//evil.example/x.png",
            "../account/logout",
            "images/../../x.png",
            "..",
            "%2e%2e/account/logout",
            ".%2E/x.png",
            "images%2f..%2fx.png",
            "images%5Cx.png",
        ] {
            assert!(
                picture_path_problem(path).is_some_and(|problem| problem.starts_with("leaves")),
                "{path}"
            );
        }
        for path in ["x.png?size=large", "x.png#top", "logout?confirm=1"] {
            assert!(
                picture_path_problem(path).is_some_and(|problem| problem.contains("query")),
                "{path}"
            );
        }
    }

    #[test]
    fn a_picture_path_is_read_in_its_folder_and_an_address_as_it_is() {
        let folder = Some("https://example.org/stories/");
        assert_eq!(
            picture_address("images/x.png", folder).as_deref(),
            Some("https://example.org/stories/images/x.png")
        );
        assert_eq!(
            picture_address("https://images.example.org/x.png", folder).as_deref(),
            Some("https://images.example.org/x.png")
        );
        assert_eq!(picture_address("images/x.png", None), None);
    }
}
