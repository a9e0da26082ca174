//! A self-hosted server behind TLS signed by a private CA, reached through an HTTP proxy:
//! the agent refuses it until the CA file is set, then signs in and keeps its realtime
//! link through the proxy, across a restart. Bad settings name their field and change
//! nothing.

mod support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{bail, Result};
use headset_ipc::{AgentState, Connection, ErrorCode, NetworkSettings, Request, Response};
use support::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::rustls;

/// A private CA and a certificate for `localhost` signed by it: (CA PEM, cert DER, key DER).
fn private_ca() -> (String, Vec<u8>, Vec<u8>) {
    use rcgen::{BasicConstraints, CertificateParams, IsCa, Issuer, KeyPair, KeyUsagePurpose};
    let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca.distinguished_name
        .push(rcgen::DnType::CommonName, "Headset Test CA");
    ca.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    let ca_key = KeyPair::generate().unwrap();
    let ca_pem = ca.self_signed(&ca_key).unwrap().pem();
    let issuer = Issuer::new(ca, ca_key);
    let leaf = CertificateParams::new(vec!["localhost".to_owned()]).unwrap();
    let leaf_key = KeyPair::generate().unwrap();
    let cert = leaf.signed_by(&leaf_key, &issuer).unwrap();
    (ca_pem, cert.der().to_vec(), leaf_key.serialize_der())
}

/// TLS in front of `backend` (the plain headset-server), on a free loopback port.
async fn tls_front(backend: String, cert: Vec<u8>, key: Vec<u8>) -> Result<u16> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_no_client_auth()
        .with_single_cert(
            vec![cert.into()],
            rustls::pki_types::PrivateKeyDer::Pkcs8(key.into()),
        )?;
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let port = listener.local_addr()?.port();
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let (acceptor, backend) = (acceptor.clone(), backend.clone());
            tokio::spawn(async move {
                // A client that distrusts the certificate ends the handshake here.
                let Ok(mut tls) = acceptor.accept(tcp).await else {
                    return;
                };
                if let Ok(mut plain) = TcpStream::connect(backend).await {
                    let _ = tokio::io::copy_bidirectional(&mut tls, &mut plain).await;
                }
            });
        }
    });
    Ok(port)
}

/// An HTTP proxy that only tunnels (`CONNECT`), recording each target.
async fn proxy() -> Result<(u16, Arc<Mutex<Vec<String>>>)> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let port = listener.local_addr()?.port();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    tokio::spawn(async move {
        while let Ok((mut client, _)) = listener.accept().await {
            let log = log.clone();
            tokio::spawn(async move {
                let mut head = Vec::new();
                while !head.ends_with(b"\r\n\r\n") {
                    match client.read_u8().await {
                        Ok(b) => head.push(b),
                        Err(_) => return,
                    }
                }
                let head = String::from_utf8_lossy(&head).to_string();
                let mut words = head.split_whitespace();
                let (Some("CONNECT"), Some(target)) = (words.next(), words.next()) else {
                    let _ = client
                        .write_all(b"HTTP/1.1 405 Method Not Allowed\r\n\r\n")
                        .await;
                    return;
                };
                log.lock().unwrap().push(target.to_owned());
                let Ok(mut upstream) = TcpStream::connect(target).await else {
                    let _ = client.write_all(b"HTTP/1.1 502 Bad Gateway\r\n\r\n").await;
                    return;
                };
                let _ = client
                    .write_all(b"HTTP/1.1 200 Connection Established\r\n\r\n")
                    .await;
                let _ = tokio::io::copy_bidirectional(&mut client, &mut upstream).await;
            });
        }
    });
    Ok((port, seen))
}

async fn set_network(
    agent: &Agent,
    ca_file: Option<&str>,
    proxy: Option<&str>,
) -> Result<AgentState> {
    let network = NetworkSettings {
        ca_file: ca_file.map(str::to_owned),
        proxy: proxy.map(str::to_owned),
    };
    match agent
        .ipc()
        .await?
        .request(Request::SetNetwork { network })
        .await?
    {
        Response::State { state } => Ok(state),
        other => bail!("unexpected {other:?}"),
    }
}

async fn connected(agent: &Agent) -> Result<()> {
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while agent.state().await?.connection != Connection::Connected {
        if std::time::Instant::now() > deadline {
            bail!("never connected: {:?}", agent.state().await?);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(())
}

#[tokio::test]
async fn a_private_ca_and_a_proxy_reach_a_self_hosted_server() -> Result<()> {
    let server = Server::start().await?;
    let user = server.add_user("ada@example.com", "Ada Lovelace")?;
    let (ca_pem, cert, key) = private_ca();
    let backend = server.url.trim_start_matches("http://").to_owned();
    let https = format!("https://localhost:{}", tls_front(backend, cert, key).await?);
    let (proxy_port, tunnels) = proxy().await?;
    let proxy_url = format!("http://127.0.0.1:{proxy_port}");
    let mut agent = Agent::start(None).await?;
    let dir = scratch()?;
    let ca_file = dir.path().join("company-ca.pem");
    std::fs::write(&ca_file, &ca_pem)?;
    let not_pem = dir.path().join("notes.txt");
    std::fs::write(&not_pem, "not a certificate")?;
    let ca_file = ca_file.to_str().unwrap();

    // Bad settings: a clear error on the right field, and nothing changes.
    for (ca, proxy, field) in [
        (Some("/nonexistent/ca.pem"), None, "ca_file"),
        (Some(not_pem.to_str().unwrap()), None, "ca_file"),
        (None, Some("socks5://127.0.0.1:1080"), "proxy"),
        (None, Some("http://me:secret@127.0.0.1:3128"), "proxy"),
    ] {
        let err = set_network(&agent, ca, proxy).await.unwrap_err();
        let err = err.downcast::<headset_ipc::IpcError>()?;
        assert_eq!(
            (err.code, err.field.as_deref()),
            (ErrorCode::Invalid, Some(field)),
            "{err:?}"
        );
    }
    assert_eq!(agent.state().await?.network, NetworkSettings::default());

    // Without the CA the server's certificate is refused, and no token is kept.
    let sign_in = Request::SignInWithToken {
        server: https.clone(),
        token: user.token.clone(),
    };
    let refused = agent
        .ipc()
        .await?
        .request(sign_in.clone())
        .await
        .unwrap_err();
    assert_eq!(refused.code, ErrorCode::Unreachable, "{refused:?}");
    assert!(
        refused.message.to_lowercase().contains("certificate"),
        "{refused:?}"
    );

    let state = set_network(&agent, Some(ca_file), Some(&format!(" {proxy_url} "))).await?;
    assert_eq!(state.network.ca_file.as_deref(), Some(ca_file));
    assert_eq!(state.network.proxy.as_deref(), Some(proxy_url.as_str()));
    agent.ipc().await?.request(sign_in).await?;
    connected(&agent).await?;
    let target = https.trim_start_matches("https://").to_owned();
    let through = tunnels
        .lock()
        .unwrap()
        .iter()
        .filter(|t| **t == target)
        .count();
    assert!(
        through >= 2,
        "REST and the socket go through the proxy: {through}"
    );

    // The settings are this computer's: a restarted agent connects the same way.
    agent.kill_and_restart().await?;
    connected(&agent).await?;
    assert_eq!(
        agent.state().await?.network.proxy.as_deref(),
        Some(proxy_url.as_str())
    );
    assert!(
        tunnels
            .lock()
            .unwrap()
            .iter()
            .filter(|t| **t == target)
            .count()
            > through
    );
    Ok(())
}
