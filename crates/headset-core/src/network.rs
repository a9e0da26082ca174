//! How Headset reaches a self-hosted server: an extra CA certificate trusted besides the
//! OS's own (a company's private CA), and an HTTP proxy that tunnels (`CONNECT`) to the
//! server. The REST client and the realtime socket use the same [`Network`].

use std::sync::Arc;

use rustls_pki_types::pem::PemObject;
use rustls_pki_types::CertificateDer;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::handshake::client::Request;
use tokio_tungstenite::tungstenite::Error as WsError;
use tokio_tungstenite::{Connector, MaybeTlsStream, WebSocketStream};
use url::Url;

use headset_ipc::{Error, NetworkSettings, Result};
use headset_model::texts::{plain, text};

/// The settings, checked and loaded.
#[derive(Clone, Debug, Default)]
pub struct Network {
    extra_cas: Vec<CertificateDer<'static>>,
    proxy: Option<Url>,
}

impl Network {
    /// Reads the CA file and checks the proxy; errors name the field.
    pub fn load(settings: &NetworkSettings) -> Result<Network> {
        let settings = settings.clone().normalized();
        let extra_cas = match &settings.ca_file {
            None => vec![],
            Some(path) => read_cas(path)?,
        };
        let proxy = settings.proxy.as_deref().map(parse_proxy).transpose()?;
        Ok(Network { extra_cas, proxy })
    }
}

fn read_cas(path: &str) -> Result<Vec<CertificateDer<'static>>> {
    let bytes = std::fs::read(path).map_err(|e| ca_error("error-ca-file-unreadable", path, e))?;
    let certs: Vec<_> = CertificateDer::pem_slice_iter(&bytes)
        .collect::<std::result::Result<_, _>>()
        .map_err(|e| ca_error("error-ca-file-not-pem", path, e))?;
    if certs.is_empty() {
        return Err(ca_error("error-ca-file-empty", path, ""));
    }
    // Each must be a certificate rustls can use as a trust anchor.
    let mut roots = rustls::RootCertStore::empty();
    for cert in &certs {
        roots
            .add(cert.clone())
            .map_err(|e| ca_error("error-ca-file-unusable", path, e))?;
    }
    Ok(certs)
}

/// A refusal of the CA file, naming it, with the reader's own `detail` when there is one.
fn ca_error(id: &str, path: &str, detail: impl std::fmt::Display) -> Error {
    let args = [("path", path.into()), ("detail", detail.to_string().into())];
    Error::invalid("ca_file", text(id, &args))
}

fn parse_proxy(text: &str) -> Result<Url> {
    let bad = |id: &str| Error::invalid("proxy", plain(id));
    let url = Url::parse(text).map_err(|_| bad("error-proxy-not-url"))?;
    if url.scheme() != "http" {
        return Err(bad("error-proxy-scheme"));
    }
    if url.host_str().is_none() {
        return Err(bad("error-proxy-host"));
    }
    // The config file is no place for a password, and the keychain holds only sign-ins.
    if !url.username().is_empty() || url.password().is_some() {
        return Err(bad("error-proxy-password"));
    }
    Ok(url)
}

impl Network {
    /// The HTTP client's trust and proxy.
    pub(crate) fn configure(
        &self,
        mut builder: reqwest::ClientBuilder,
    ) -> Result<reqwest::ClientBuilder> {
        for ca in &self.extra_cas {
            let cert = reqwest::Certificate::from_der(ca)
                .map_err(|e| Error::invalid("ca_file", e.to_string()))?;
            builder = builder.add_root_certificate(cert);
        }
        if let Some(proxy) = &self.proxy {
            let proxy = reqwest::Proxy::all(proxy.as_str())
                .map_err(|e| Error::invalid("proxy", e.to_string()))?;
            builder = builder.proxy(proxy);
        }
        Ok(builder)
    }

    /// The OS's roots plus the extra CAs, for the socket.
    fn tls(&self) -> Arc<rustls::ClientConfig> {
        let mut roots = rustls::RootCertStore::empty();
        let native = rustls_native_certs::load_native_certs();
        roots.add_parsable_certificates(native.certs);
        roots.add_parsable_certificates(self.extra_cas.iter().cloned());
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .expect("ring supports the default protocol versions")
            .with_root_certificates(roots)
            .with_no_client_auth();
        Arc::new(config)
    }

    /// Opens the WebSocket of `request`, through the proxy when there is one.
    pub(crate) async fn websocket(
        &self,
        request: Request,
    ) -> std::result::Result<WebSocketStream<MaybeTlsStream<TcpStream>>, WsError> {
        let connector = Some(Connector::Rustls(self.tls()));
        let Some(proxy) = &self.proxy else {
            return tokio_tungstenite::connect_async_tls_with_config(
                request, None, false, connector,
            )
            .await
            .map(|(ws, _)| ws);
        };
        let uri = request.uri();
        let host = uri.host().unwrap_or_default().to_owned();
        let port = uri
            .port_u16()
            .unwrap_or(if uri.scheme_str() == Some("wss") {
                443
            } else {
                80
            });
        let stream = tunnel(proxy, &host, port)
            .await
            .map_err(|e| WsError::Io(std::io::Error::other(e)))?;
        tokio_tungstenite::client_async_tls_with_config(request, stream, None, connector)
            .await
            .map(|(ws, _)| ws)
    }
}

/// A TCP stream to `host:port` through the proxy's `CONNECT`.
async fn tunnel(proxy: &Url, host: &str, port: u16) -> std::result::Result<TcpStream, String> {
    let proxy_host = proxy.host_str().unwrap_or_default();
    let proxy_port = proxy.port_or_known_default().unwrap_or(80);
    let mut stream = TcpStream::connect((proxy_host, proxy_port))
        .await
        .map_err(|e| format!("cannot reach the proxy {proxy_host}:{proxy_port}: {e}"))?;
    let target = format!("{host}:{port}");
    stream
        .write_all(format!("CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n\r\n").as_bytes())
        .await
        .map_err(|e| e.to_string())?;
    // The answer's head, byte by byte: nothing after it may be consumed.
    let mut head = Vec::new();
    while !head.ends_with(b"\r\n\r\n") {
        if head.len() > 8192 {
            return Err("the proxy's answer is too long".into());
        }
        let byte = stream
            .read_u8()
            .await
            .map_err(|e| format!("the proxy hung up: {e}"))?;
        head.push(byte);
    }
    let status = String::from_utf8_lossy(&head);
    let status = status.lines().next().unwrap_or_default();
    if status.split_whitespace().nth(1) != Some("200") {
        return Err(format!("the proxy refused the tunnel: {status}"));
    }
    Ok(stream)
}
