import { invoke } from '@tauri-apps/api/core';
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

mount(App, { target: document.getElementById('app')! });

// The first frame is committed when the second animation frame begins: tell the
// settings process, which logs it for `cargo xtask bench`.
requestAnimationFrame(() => requestAnimationFrame(() => void invoke('window_painted').catch(() => {})));
