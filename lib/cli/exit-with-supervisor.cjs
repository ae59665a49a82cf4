// Preloaded (`node --require`) into the app server that `npm start` supervises. The supervisor owns
// the embedded database; if it dies, even by kill -9, the IPC channel between them closes and this
// server exits too, instead of holding the port and answering 503 forever.
if (typeof process.send === "function") {
  process.on("disconnect", () => {
    console.error("[caspian] the start process is gone (it owned the database): stopping");
    process.exit(1);
  });
  // The channel alone must not keep the server alive.
  process.channel?.unref();
}
