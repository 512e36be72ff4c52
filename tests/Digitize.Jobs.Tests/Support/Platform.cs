// The programs under test, their native libraries and these tests run on Linux only.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
