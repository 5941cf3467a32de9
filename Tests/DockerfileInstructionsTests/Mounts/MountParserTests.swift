import Testing

@testable import DockerfileInstructions

struct MountParserTests {
  private func mount(_ text: String) -> Result<RunMount, MountError> {
    MountParser.parse(text, expand: { .success($0) })
  }

  @Test func defaultsToReadOnlyBindOfTheContext() throws {
    let bind = try mount("target=/src").get()
    #expect(bind.kind == .bind)
    #expect(bind.readOnly)
    #expect(bind.from == nil)
    #expect(bind.summary == "bind")
  }

  @Test func cacheAndTmpfsAreWritableByDefault() throws {
    let cache = try mount("type=cache,target=/root/.cache,id=pip,sharing=locked,mode=0755,uid=1000,gid=1000").get()
    #expect(cache.kind == .cache)
    #expect(!cache.readOnly)
    #expect(cache.id == "pip")
    #expect(cache.sharing == .locked)
    #expect(cache.mode == 0o755)
    #expect(cache.uid == 1000 && cache.gid == 1000)
    #expect(try mount("type=cache,target=/c").get().effectiveSharing == .shared)
    let tmpfs = try mount("type=tmpfs,dst=/t,size=128m").get()
    #expect(!tmpfs.readOnly)
    #expect(tmpfs.target == "/t")
    #expect(tmpfs.sizeLimit == Int64(134_217_728))
  }

  @Test func readsAliasesAndBareBooleans() throws {
    let bind = try mount("type=bind,from=build,src=/out,destination=/in,rw").get()
    #expect(bind.source == "/out" && bind.target == "/in" && !bind.readOnly)
    #expect(bind.summary == "bind:build")
    #expect(try mount("type=cache,target=/c,ro").get().readOnly)
    #expect(try mount("type=cache,target=/c,readonly=true").get().readOnly)
    #expect(try mount("type=bind,target=/c,readwrite=1").get().readOnly == false)
    let secret = try mount("type=secret,id=npmrc,required,env=NPM_TOKEN").get()
    #expect(secret.required && secret.env == "NPM_TOKEN")
    #expect(try mount("type=ssh,required=false").get().required == false)
    #expect(try mount("TYPE=CACHE,target=/c").get().kind == .cache)
  }

  @Test(arguments: [
    ("type=tmp", "unsupported mount type \"tmp\" (did you mean tmpfs?)"),
    ("typ=tmpfs", "unexpected key 'typ' in 'typ=tmpfs' (did you mean type?)"),
    ("type=cache,target=/c,sharing=lock", "unsupported sharing value \"lock\" (did you mean locked?)"),
    ("type=bind,target=/c,mode=0755", "mode not allowed for \"bind\" type mounts"),
    ("type=tmpfs,target=/c,uid=1", "uid not allowed for \"tmpfs\" type mounts"),
    ("type=cache,target=/c,mode=9", "invalid value 9 for mode"),
    ("type=cache,target=/c,size=1g", "unexpected key 'size' for mount type 'cache'"),
    ("type=bind,required", "unexpected key 'required' for mount type 'bind'"),
    ("type=secret", "invalid secret mount. one of source, target required"),
    ("type=secret,id=a,src=b", "both source and id can't be set"),
    ("type=secret,id=a,from=b", "secret mount should not have a from"),
    ("type=bind,target=/c,sharing=shared", "invalid cache sharing set for bind mount"),
    ("type=cache,target", "invalid field 'target' must be a key=value pair"),
    ("type=bind,ro=maybe", "invalid value for ro: maybe"),
    ("", "failed to parse csv mounts: EOF"),
    ("type=bind,target=a\"b", "failed to parse csv mounts: parse error on line 1, column 19: bare \" in non-quoted-field"),
  ])
  func rejectsWithBuildKitMessages(_ text: String, _ message: String) {
    guard case .failure(let error) = mount(text) else {
      Issue.record("\(text) parsed")
      return
    }
    #expect(error.message == message)
  }

  @Test func firstPassOnlyChecksSyntaxAndFromVariables() throws {
    #expect(try MountParser.parse("type=nonsense,target=/x", expand: nil).get().kind == .bind)
    guard case .failure(let error) = MountParser.parse("from=$STAGE,target=/x", expand: nil) else {
      Issue.record("from variable accepted")
      return
    }
    #expect(error.message == "'from' doesn't support variable expansion, define alias stage instead")
    #expect(try MountParser.parse("from=stage$,target=/x", expand: nil).get().from == "stage$")
  }

  @Test func quotedCSVFieldsMayHoldCommas() throws {
    let bind = try mount("type=bind,\"target=/a,b\"").get()
    #expect(bind.target == "/a,b")
  }

  @Test func devicesTakeANameAndRequired() throws {
    let device = try DeviceParser.parse("vendor.com/gpu=all,required").get()
    #expect(device.name == "vendor.com/gpu=all" && device.required)
    #expect(try DeviceParser.parse("name=gpu,required=false").get() == DeviceParser.Device(name: "gpu", required: false))
  }
}
