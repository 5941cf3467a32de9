// DockerfileInstructionsTests
