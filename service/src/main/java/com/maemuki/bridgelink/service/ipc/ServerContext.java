package com.maemuki.bridgelink.service.ipc;

import com.maemuki.bridgelink.ipc.codec.FrameCodec;
import java.time.Duration;

/** What a {@link ClientSession} needs from its server. */
interface ServerContext {
  /** How long a session that queued its final error may take to send it before it is cut. */
  Duration CLOSE_GRACE = Duration.ofSeconds(2);

  FrameCodec codec();

  IpcServerConfig config();

  Authorizer authorizer();

  Dispatcher dispatcher();

  EventHub hub();

  /** Runs long calls off the sessions' reader threads. */
  LongCallPool longCalls();

  Thread newThread(Runnable body, String name);

  void sessionEnded(ClientSession session);

  /** The session said hello: it no longer counts against the budget of silent connections. */
  void sessionWelcomed(ClientSession session);

  /** A tray said hello as this OS user: the diagnostics bundle looks for that user's tray log. */
  void trayConnected(com.maemuki.bridgelink.ipc.transport.PeerIdentity user);
}
