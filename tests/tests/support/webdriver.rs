//! A small W3C WebDriver client: just what the desktop tests need, over tauri-driver.

use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use base64::Engine;
use serde_json::{json, Value};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

pub struct WebDriver {
    http: reqwest::Client,
    session: String,
}

impl WebDriver {
    /// Opens a session that launches `application` with `args`.
    pub async fn launch(port: u16, application: &str, args: &[&str]) -> Result<Self> {
        let http = reqwest::Client::new();
        let caps = json!({"capabilities": {"alwaysMatch": {
            "tauri:options": {"application": application, "args": args}
        }}});
        // tauri-driver listens before the native driver it starts is ready: retry a while.
        let deadline = Instant::now() + Duration::from_secs(20);
        let resp: Value = loop {
            let sent = http
                .post(format!("http://127.0.0.1:{port}/session"))
                .json(&caps)
                .send()
                .await;
            match sent {
                Ok(resp) => break resp.json().await?,
                Err(e) if Instant::now() > deadline => return Err(e.into()),
                Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
            }
        };
        let session = resp["value"]["sessionId"]
            .as_str()
            .with_context(|| format!("no WebDriver session: {resp}"))?
            .to_owned();
        Ok(WebDriver {
            http,
            session: format!("http://127.0.0.1:{port}/session/{session}"),
        })
    }

    async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> Result<Value> {
        let mut req = self.http.request(method, format!("{}{path}", self.session));
        if let Some(body) = body {
            req = req.json(&body);
        }
        let resp: Value = req.send().await?.json().await?;
        if let Some(error) = resp["value"]["error"].as_str() {
            bail!("WebDriver {path}: {error}: {}", resp["value"]["message"]);
        }
        Ok(resp["value"].clone())
    }

    async fn find(&self, css: &str) -> Result<String> {
        let v = self
            .call(
                reqwest::Method::POST,
                "/element",
                Some(json!({"using": "css selector", "value": css})),
            )
            .await?;
        Ok(v[ELEMENT].as_str().context("no element id")?.to_owned())
    }

    /// Waits until `css` matches an element, and returns it.
    pub async fn wait_for(&self, css: &str, within: Duration) -> Result<String> {
        let deadline = Instant::now() + within;
        loop {
            match self.find(css).await {
                Ok(id) => return Ok(id),
                Err(e) if Instant::now() > deadline => {
                    return Err(e.context(format!("waiting for {css}")))
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
    }

    pub async fn type_into(&self, css: &str, text: &str) -> Result<()> {
        let el = self.wait_for(css, Duration::from_secs(10)).await?;
        self.call(
            reqwest::Method::POST,
            &format!("/element/{el}/clear"),
            Some(json!({})),
        )
        .await?;
        self.call(
            reqwest::Method::POST,
            &format!("/element/{el}/value"),
            Some(json!({"text": text})),
        )
        .await?;
        Ok(())
    }

    pub async fn click(&self, css: &str) -> Result<()> {
        let el = self.wait_for(css, Duration::from_secs(10)).await?;
        self.call(
            reqwest::Method::POST,
            &format!("/element/{el}/click"),
            Some(json!({})),
        )
        .await?;
        Ok(())
    }

    pub async fn text(&self, css: &str) -> Result<String> {
        let el = self.find(css).await?;
        let v = self
            .call(reqwest::Method::GET, &format!("/element/{el}/text"), None)
            .await?;
        Ok(v.as_str().unwrap_or_default().to_owned())
    }

    pub async fn is_selected(&self, css: &str) -> Result<bool> {
        let el = self.find(css).await?;
        let v = self
            .call(
                reqwest::Method::GET,
                &format!("/element/{el}/selected"),
                None,
            )
            .await?;
        Ok(v.as_bool().unwrap_or(false))
    }

    /// Polls `check` until it holds.
    pub async fn wait_until<F, Fut>(&self, what: &str, within: Duration, mut check: F) -> Result<()>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Result<bool>>,
    {
        let deadline = Instant::now() + within;
        loop {
            if check().await.unwrap_or(false) {
                return Ok(());
            }
            if Instant::now() > deadline {
                bail!("timed out waiting until {what}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Runs `script` in the page; it finishes by calling its last argument with the result.
    pub async fn execute_async(&self, script: &str) -> Result<Value> {
        self.call(
            reqwest::Method::POST,
            "/execute/async",
            Some(json!({"script": script, "args": []})),
        )
        .await
    }

    pub async fn screenshot(&self) -> Result<Vec<u8>> {
        let v = self.call(reqwest::Method::GET, "/screenshot", None).await?;
        Ok(base64::engine::general_purpose::STANDARD.decode(v.as_str().context("no image")?)?)
    }

    /// The window's size (width, height).
    pub async fn window_size(&self) -> Result<(i64, i64)> {
        let v = self
            .call(reqwest::Method::GET, "/window/rect", None)
            .await?;
        Ok((
            v["width"].as_i64().unwrap_or(0),
            v["height"].as_i64().unwrap_or(0),
        ))
    }

    pub async fn set_window_size(&self, width: i64, height: i64) -> Result<()> {
        self.call(
            reqwest::Method::POST,
            "/window/rect",
            Some(json!({"width": width, "height": height})),
        )
        .await
        .map(|_| ())
    }

    /// Closes the window, as the user's close button does.
    pub async fn close_window(&self) -> Result<()> {
        self.call(reqwest::Method::DELETE, "/window", None)
            .await
            .map(|_| ())
    }

    pub async fn quit(self) {
        let _ = self.http.delete(&self.session).send().await;
    }
}
