// DockerfileSyntaxTests
